using InferCost.Architecture;
using InferCost.Fidelity;
using InferCost.Tests.Support;

namespace InferCost.Tests.Fidelity;

public class CasePredictorTests
{
    private static readonly CasePredictor Predictor = new(TestCatalog.Instance);

    private static BenchmarkCase Case(
        string model = "llama-3.1-8b", string gpu = "h100-sxm", int tp = 1, int pp = 1,
        CaseConcurrency? concurrency = null, Metric metric = Metric.OutputTokensPerSecond, Precision? kv = null) =>
        new("t", "test", model, gpu, tp, tp, pp, 1, Precision.Fp8, kv, 1000, 200, concurrency ?? new CaseConcurrency(ConcurrencyKind.Max, 0), metric, 1000, "test");

    [Fact]
    public void Predict_RequestRateInTheCalibrationSet_IsUnsupportedWithReason()
    {
        // Calibration stays analytic; request-rate cases are simulated in the validation set only (CaseSimulationTests).
        var p = Predictor.Predict(Case(concurrency: new CaseConcurrency(ConcurrencyKind.Rate, 4)));

        p.Supported.ShouldBeFalse();
        p.Reason!.ShouldContain("only validation cases are simulated");
    }

    [Theory]
    [InlineData("no-such-model", "h100-sxm", "unknown model")]
    [InlineData("llama-3.1-8b", "no-such-gpu", "unknown accelerator")]
    public void Predict_UnknownIds_AreUnsupported(string model, string gpu, string reason)
    {
        Predictor.Predict(Case(model, gpu)).Reason!.ShouldContain(reason);
    }

    [Fact]
    public void Predict_PipelineParallel_IsTheEnginesPipelinedThroughput()
    {
        // The format's gpus count every GPU: two stages of one GPU each.
        var pipelined = Predictor.Predict(Case(pp: 2) with { Gpus = 2 });
        var one = Predictor.Predict(Case());

        pipelined.Supported.ShouldBeTrue(pipelined.Reason);
        pipelined.Predicted!.Value.ShouldBeGreaterThan(one.Predicted!.Value);
    }

    [Fact]
    public void Predict_AttentionDataParallel_TakesTheFormatsTpAsTheStagesGpus()
    {
        // DSTACK's H200 SGLang rows: --tp 8 --enable-dp-attention: 8 attention groups of one GPU, the experts split over all 8.
        var adp = Predictor.Predict(Case(model: "qwen3-30b-a3b", tp: 8) with { AttentionDp = 8 });
        adp.Supported.ShouldBeTrue(adp.Reason);

        // TensorRT-LLM's DEP8: tp_size 8, ep 8, attention DP.
        var dep = Predictor.Predict(Case(model: "qwen3-30b-a3b", tp: 8) with { Ep = 8, AttentionDp = 8 });
        dep.Supported.ShouldBeTrue(dep.Reason);
        dep.Predicted!.Value.ShouldBeGreaterThan(0);

        Predictor.Predict(Case(tp: 8) with { AttentionDp = 3 }).Reason!.ShouldBe("not a valid layout: attention_dp 3 does not divide tp 8.");
    }

    [Fact]
    public void Predict_Disaggregated_IsUnsupportedWithItsShape()
    {
        CaseDisaggregation.TryParse("1P1D", out var shape).ShouldBeTrue();
        Predictor.Predict(Case() with { Disaggregation = shape }).Reason!.ShouldStartWith("disaggregated serving (1P1D)");
    }

    [Fact]
    public void Predict_Max_IsTheSteadyThroughputAtTheLargestBatch()
    {
        var max = Predictor.Predict(Case());
        var eight = Predictor.Predict(Case(concurrency: new CaseConcurrency(ConcurrencyKind.Requests, 8)));

        max.Predicted!.Value.ShouldBeGreaterThan(eight.Predicted!.Value);
    }

    [Fact]
    public void Predict_MaxRunning_ReplacesTheStacksRequestCap()
    {
        // AMD's MI300X vLLM table runs --max-num-seqs 3200: far above vLLM's default cap of 1024 when memory holds more.
        var vllm = Case(gpu: "h200-sxm", kv: Precision.Fp8) with { Stack = "vllm", InputTokens = 128, OutputTokens = 512 };
        var defaultCap = Predictor.Predict(vllm);
        var raised = Predictor.Predict(vllm with { MaxRunning = 3000 });
        var lowered = Predictor.Predict(vllm with { MaxRunning = 64 });
        var sixtyFourInFlight = Predictor.Predict(vllm with { Concurrency = new CaseConcurrency(ConcurrencyKind.Requests, 64) });

        raised.Predicted!.Value.ShouldBeGreaterThan(defaultCap.Predicted!.Value);
        lowered.Predicted!.Value.ShouldBe(sixtyFourInFlight.Predicted!.Value, 1e-9);
    }

    [Fact]
    public void Predict_ItlAtConcurrencyOne_IsTheDecodeStepTime()
    {
        var s = TestScenarios.Of("llama-3.1-8b", "h100-sxm", batch: InferCost.Scenarios.BatchSize.Of(1), input: 1000, output: 200);
        var step = InferCost.Estimation.CostEstimator.Estimate(s).Value.Decode.StepTime.Value * 1e3;

        var p = Predictor.Predict(Case(concurrency: new CaseConcurrency(ConcurrencyKind.Requests, 1), metric: Metric.InterTokenLatencyMs));

        p.Predicted!.Value.ShouldBe(step, tolerance: 1e-9);
    }

    [Fact]
    public void Predict_ItlUnderLoad_IncludesOtherRequestsPrefill()
    {
        var alone = Predictor.Predict(Case(concurrency: new CaseConcurrency(ConcurrencyKind.Requests, 1), metric: Metric.InterTokenLatencyMs));
        var loaded = Predictor.Predict(Case(concurrency: new CaseConcurrency(ConcurrencyKind.Requests, 32), metric: Metric.InterTokenLatencyMs));

        loaded.Predicted!.Value.ShouldBeGreaterThan(alone.Predicted!.Value);
    }

    [Fact]
    public void Predict_TtftUnderLoad_IsUnsupportedNotGuessed()
    {
        var p = Predictor.Predict(Case(concurrency: new CaseConcurrency(ConcurrencyKind.Requests, 25), metric: Metric.TimeToFirstTokenMs));

        p.Supported.ShouldBeFalse();
        p.Reason!.ShouldContain("queueing");
    }
}

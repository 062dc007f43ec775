using InferCost.Architecture;
using InferCost.Fidelity;
using InferCost.Tests.Support;

namespace InferCost.Tests.Fidelity;

/// <summary>Bias tables from a hand-made set of predictions, checked against hand arithmetic.</summary>
public class BiasAnalysisTests
{
    private static CasePrediction Prediction(string gpu, string model, Precision weights, Metric metric, double errorPct, MeasurementSet set = MeasurementSet.Calibration, string stack = "trtllm", string version = "0.17.0") =>
        new(new BenchmarkCase("c", "g", model, gpu, 1, 1, 1, 1, weights, null, 128, 128, new CaseConcurrency(ConcurrencyKind.Max, 0), metric, 100, "s", stack, version, set), 100 + errorPct, null);

    [Fact]
    public void Of_AHandMadeSet_GroupsBySetDimensionAndMetric()
    {
        var predictions = new[]
        {
            // h100-sxm, llama-3, fp8: +10% and +20% -> median signed +15%, median |error| 15%.
            Prediction("h100-sxm", "llama-3.1-8b", Precision.Fp8, Metric.OutputTokensPerSecond, 10),
            Prediction("h100-sxm", "llama-3.1-70b", Precision.Fp8, Metric.OutputTokensPerSecond, 20),
            // a100, mistral, fp16: -10% and +30% -> median signed +10%, median |error| (10 + 30) / 2 = 20%.
            Prediction("a100-sxm-80gb", "mistral-7b", Precision.Fp16, Metric.OutputTokensPerSecond, -10),
            Prediction("a100-sxm-80gb", "mistral-7b", Precision.Fp16, Metric.OutputTokensPerSecond, 30, stack: ""),
            // A validation-set latency case on h100: never pooled with the calibration set's throughput.
            Prediction("h100-sxm", "llama-3.3-70b", Precision.Fp8, Metric.InterTokenLatencyMs, -40, MeasurementSet.Validation, "trtllm", "NIM 1.8.0"),
            // Unsupported: in no group.
            new(new BenchmarkCase("u", "g", "llama-3.1-8b", "h100-sxm", 1, 1, 1, 1, Precision.Fp8, null, 1, 1, new CaseConcurrency(ConcurrencyKind.Rate, 1), Metric.OutputTokensPerSecond, 1, "s"), null, "unsupported"),
        };

        var rows = BiasAnalysis.Of(predictions, TestCatalog.Instance);

        string Show(BiasRow r) => $"{r.Dimension}|{MeasurementSets.Name(r.Set)}|{r.Group}|{r.Metric}|{r.Cases}|{r.MedianSignedPctError:0.###}|{r.MedianAbsPctError:0.###}";
        rows.Select(Show).ShouldBe(
        [
            "accelerator|calibration|a100-sxm-80gb|output_tps|2|10|20",
            "accelerator|calibration|h100-sxm|output_tps|2|15|15",
            "accelerator|validation|h100-sxm|itl_ms|1|-40|40",
            "model family|calibration|llama-3|output_tps|2|15|15",
            "model family|calibration|mistral|output_tps|2|10|20",
            "model family|validation|llama-3|itl_ms|1|-40|40",
            // The row without a stated stack is its own group.
            "stack|calibration|(not stated)|output_tps|1|30|30",
            "stack|calibration|trtllm 0.17.0|output_tps|3|10|10",
            "stack|validation|trtllm NIM 1.8.0|itl_ms|1|-40|40",
            "precision|calibration|fp16|output_tps|2|10|20",
            "precision|calibration|fp8|output_tps|2|15|15",
            "precision|validation|fp8|itl_ms|1|-40|40",
            "layout|calibration|one GPU per replica|output_tps|4|15|15",
            "layout|validation|one GPU per replica|itl_ms|1|-40|40",
        ]);
    }
}

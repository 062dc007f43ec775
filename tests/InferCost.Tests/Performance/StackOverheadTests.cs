using CsCheck;
using InferCost.Catalog;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Performance;

/// <summary>The serving stack's software time: per pass, per kernel (counted from the layers' shapes) and per request on the platform's host.</summary>
public class StackOverheadTests
{
    private static readonly StackFactors Factors = new(
        Seconds.FromMicroseconds(200), Seconds.FromMicroseconds(2), Seconds.FromMicroseconds(5), 0.9, 0.8, 1.0);

    [Fact]
    public void Pass_DenseModel_IsFixedPlusKernelsTimesPerKernel()
    {
        // Llama-3.1-70B at TP 1: 80 dense GQA layers of 5 attention + 4 FFN kernels, plus embedding, final norm, LM head
        // and sampling: 4 + 80 x 9 = 724 kernels. t_pass = 200 us + 724 x 2 us = 1,648 us.
        var c = new ScenarioContext(OnStack(TestScenarios.Of("llama-3.1-70b"), Factors));

        c.KernelsPerPass.ShouldBe(724);
        (c.PassOverhead.Value * 1e6).ShouldBe(1648, tolerance: 1e-9);
    }

    [Fact]
    public void Kernels_TensorParallel_AddTwoAllReducesPerLayer()
    {
        // At TP 2 each of the 80 layers adds its two all-reduces: 724 + 160 = 884.
        var c = new ScenarioContext(OnStack(TestScenarios.Of("llama-3.1-70b", tp: 2), Factors));

        c.KernelsPerPass.ShouldBe(884);
    }

    [Fact]
    public void Kernels_DeepSeekV3_CountLatentAttentionRoutedAndSharedExperts()
    {
        // DeepSeek-V3 at TP 8 in BF16: 3 dense layers of MLA (10) + dense FFN (4) + 2 all-reduces = 16 kernels each, and 58
        // MoE layers of MLA (10) + MoE (8) + shared expert (3) + 2 all-reduces = 23 each: 4 + 3 x 16 + 58 x 23 = 1,386.
        var s = OnStack(TestScenarios.Of("deepseek-v3", gpu: "h200-sxm", tp: 8, weights: InferCost.Architecture.Precision.Bf16), Factors);

        new ScenarioContext(s).KernelsPerPass.ShouldBe(1386);
    }

    [Fact]
    public void Kernels_DeepSeekV3AtFp8_AddOneActivationQuantisePerBlockScaledGemm()
    {
        // Its FP8 checkpoint is block-scaled, so each weight GEMM first quantises its input per 128-value group: MLA's fused
        // q_a/kv_a, q_b and O projections (3), the dense FFN's gate-up and down (2), or the routed experts' two grouped GEMMs
        // and the shared expert's two (4). Dense layers 16 + 5 = 21, MoE layers 23 + 7 = 30: 4 + 3 x 21 + 58 x 30 = 1,807.
        var s = OnStack(TestScenarios.Of("deepseek-v3", gpu: "h200-sxm", tp: 8, weights: InferCost.Architecture.Precision.Fp8), Factors);

        new ScenarioContext(s).KernelsPerPass.ShouldBe(1807);
    }

    [Fact]
    public void Pass_MoeModel_CountsTheRoutingKernels()
    {
        // Mixtral-8x7B at TP 1: 32 layers of GQA attention (5) + MoE without shared experts (8): 4 + 32 x 13 = 420 kernels,
        // t_pass = 200 + 420 x 2 = 1,040 us.
        var c = new ScenarioContext(OnStack(TestScenarios.Of("mixtral-8x7b", weights: InferCost.Architecture.Precision.Fp8), Factors));

        c.KernelsPerPass.ShouldBe(420);
        (c.PassOverhead.Value * 1e6).ShouldBe(1040, tolerance: 1e-9);
    }

    [Fact]
    public void PerRequest_SlowerHost_TakesLongerInProportion()
    {
        // 5 us on the reference host (Xeon 8480C, speed 1); Grace (GH200) at 0.73: 5 / 0.73 = 6.849 us.
        var h200 = new ScenarioContext(OnStack(TestScenarios.Of(gpu: "h200-sxm"), Factors));
        var gh200 = new ScenarioContext(OnStack(TestScenarios.Of(gpu: "gh200"), Factors));

        h200.Accelerator.Host.RelativeSpeed.ShouldBe(1.0);
        gh200.Accelerator.Host.RelativeSpeed.ShouldBe(0.73);
        (h200.RequestOverhead.Value * 1e6).ShouldBe(5, tolerance: 1e-9);
        (gh200.RequestOverhead.Value * 1e6).ShouldBe(5 / 0.73, tolerance: 1e-9);
    }

    [Fact]
    public void DecodeStep_OverheadIsPassPlusBatchTimesRequest_InTheExplainedAndKernelPaths()
    {
        // B = 64 on H200: 1,648 us + 64 x 5 us = 1,968 us.
        var s = OnStack(TestScenarios.Of(batch: BatchSize.Of(64)), Factors);
        var c = new ScenarioContext(s);

        (DecodeStepModel.Overhead(c, 64).Value * 1e6).ShouldBe(1968, tolerance: 1e-9);
        var e = CostEstimator.Estimate(s, Derivation.Recording()).Value;
        (e.Decode.Overhead.Value * 1e6).ShouldBe(1968, tolerance: 1e-9);
        e.Steps.ShouldContain(step => step.Name == "Stack time per forward pass" && step.Inputs.Any(i => i.Symbol.StartsWith("n_kernels", StringComparison.Ordinal)));
        e.Steps.ShouldContain(step => step.Name == "Host time per request per step" && step.Inputs.Any(i => i.Symbol.StartsWith("s_host", StringComparison.Ordinal)));
    }

    [Fact]
    public void Prefill_OverheadIsPassesTimesPassPlusRequestsTimesRequest()
    {
        // 3 passes, 10 requests: 3 x 1,648 + 10 x 5 = 4,994 us.
        var c = new ScenarioContext(OnStack(TestScenarios.Of(), Factors));

        (PrefillModel.Overhead(c, 3, 10).Value * 1e6).ShouldBe(4994, tolerance: 1e-9);
    }

    [Fact]
    public void FasterHost_NeverMakesAStepSlower()
    {
        ScenarioGenerators.AnyWithMaxAndReplicas.Select(Gen.Double[0.2, 3.0], Gen.Double[1.0, 3.0]).Sample((s, speed, faster) =>
        {
            var slow = WithHostSpeed(s, speed);
            var fast = WithHostSpeed(s, speed * faster);
            var a = PointEstimator.Evaluate(new PointInputs(new ScenarioContext(slow)));
            var b = PointEstimator.Evaluate(new PointInputs(new ScenarioContext(fast)));
            if (a.IsFeasible && b.IsFeasible)
            {
                b.StepTime.Value.ShouldBeLessThanOrEqualTo(a.StepTime.Value);
                b.TimeToFirstToken.Value.ShouldBeLessThanOrEqualTo(a.TimeToFirstToken.Value);
                b.SteadyOutputRate.Value.ShouldBeGreaterThanOrEqualTo(a.SteadyOutputRate.Value * (1 - 1e-12));
            }
        });
    }

    private static Scenario WithHostSpeed(Scenario s, double speed) =>
        s with { Deployment = s.Deployment with { Accelerator = s.Accelerator with { Host = s.Accelerator.Host with { RelativeSpeed = speed } } } };

    private static Scenario OnStack(Scenario s, StackFactors factors) => s with { Stack = s.Stack with { Factors = factors } };
}

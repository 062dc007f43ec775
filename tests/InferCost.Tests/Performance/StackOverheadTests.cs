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

/// <summary>The serving stack's software time: per pass, per layer and per request on the platform's host.</summary>
public class StackOverheadTests
{
    private static readonly StackFactors Factors = new(
        Seconds.FromMicroseconds(200), Seconds.FromMicroseconds(20), Seconds.FromMicroseconds(5), 0.9);

    [Fact]
    public void Pass_DenseModel_IsFixedPlusLayersTimesPerLayer()
    {
        // Llama-3.1-70B: 80 dense layers. t_pass = 200 us + 80 x 20 us = 1,800 us.
        var c = new ScenarioContext(OnStack(TestScenarios.Of("llama-3.1-70b"), Factors));

        c.OverheadLayers.ShouldBe(80);
        (c.PassOverhead.Value * 1e6).ShouldBe(1800, tolerance: 1e-9);
    }

    [Fact]
    public void Pass_MoeModel_CountsEachMoeLayerAtTheKernelRatio()
    {
        // Mixtral-8x7B: 32 layers, all MoE; TensorRT-LLM's ratio 1.5: L_eff = 32 x 1.5 = 48, t_pass = 200 + 48 x 20 = 1,160 us.
        var s = OnStack(TestScenarios.Of("mixtral-8x7b", weights: InferCost.Architecture.Precision.Fp8), Factors);
        s.Stack.MoeLayerKernelRatio.ShouldBe(1.5);

        var c = new ScenarioContext(s);

        c.OverheadLayers.ShouldBe(48);
        (c.PassOverhead.Value * 1e6).ShouldBe(1160, tolerance: 1e-9);
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
        // B = 64 on H200: 1,800 us + 64 x 5 us = 2,120 us.
        var s = OnStack(TestScenarios.Of(batch: BatchSize.Of(64)), Factors);
        var c = new ScenarioContext(s);

        (DecodeStepModel.Overhead(c, 64).Value * 1e6).ShouldBe(2120, tolerance: 1e-9);
        var e = CostEstimator.Estimate(s, Derivation.Recording()).Value;
        (e.Decode.Overhead.Value * 1e6).ShouldBe(2120, tolerance: 1e-9);
        e.Steps.ShouldContain(step => step.Name == "Stack time per forward pass" && step.Inputs.Any(i => i.Symbol.StartsWith("L_eff", StringComparison.Ordinal)));
        e.Steps.ShouldContain(step => step.Name == "Host time per request per step" && step.Inputs.Any(i => i.Symbol.StartsWith("s_host", StringComparison.Ordinal)));
    }

    [Fact]
    public void Prefill_OverheadIsPassesTimesPassPlusRequestsTimesRequest()
    {
        // 3 passes, 10 requests: 3 x 1,800 + 10 x 5 = 5,450 us.
        var c = new ScenarioContext(OnStack(TestScenarios.Of(), Factors));

        (PrefillModel.Overhead(c, 3, 10).Value * 1e6).ShouldBe(5450, tolerance: 1e-9);
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

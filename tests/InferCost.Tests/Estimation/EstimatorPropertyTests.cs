using CsCheck;
using InferCost.Architecture;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Estimation;

/// <summary>Properties of the physics that must hold for every valid scenario.</summary>
public class EstimatorPropertyTests
{
    private static readonly Gen<Scenario> AnyScenario = ScenarioGenerators.Any;

    [Fact]
    public void Estimate_AnyScenario_FiniteEverywhereOrAClearError()
    {
        AnyScenario.Sample(s =>
        {
            var result = CostEstimator.Estimate(s);
            if (!result.Succeeded)
            {
                result.Errors.ShouldAllBe(e => e.Reason.Length > 20);
                return;
            }

            foreach (var step in result.Value.Steps)
            {
                double.IsFinite(step.Result.Value).ShouldBeTrue(step.Name);
                step.Inputs.ShouldAllBe(i => double.IsFinite(i.Value.Value), step.Name);
            }

            var e = result.Value;
            e.Cost.Breakdown.Sum(c => c.Share).ShouldBe(1, tolerance: 1e-9);
            e.Energy.JoulesPerOutputToken.Value.ShouldBeGreaterThan(0);
            e.Energy.Physics.JoulesPerOutputToken.Value.ShouldBeGreaterThan(0);
            e.Cost.PerMillionOutputTokens.Value.ShouldBeGreaterThanOrEqualTo(0);
            e.Memory.Required.ShouldBeLessThanOrEqualTo(e.Memory.Usable);
        }, iter: 400);
    }

    [Fact]
    public void OutputCost_DoublingBatchWhileMemoryBound_FallsPerToken()
    {
        AnyScenario.Sample(s =>
        {
            var small = CostEstimator.Estimate(s, Derivation.Off());
            var large = CostEstimator.Estimate(s with { Batch = BatchSize.Of(s.Batch.Requests * 2) }, Derivation.Off());
            if (!small.Succeeded || !large.Succeeded || small.Value.Decode.Bound != Bound.Memory || large.Value.Decode.Bound != Bound.Memory)
            {
                return;
            }

            large.Value.Cost.PerMillionOutputTokens.ShouldBeLessThan(small.Value.Cost.PerMillionOutputTokens);
        }, iter: 400);
    }

    [Fact]
    public void KvAndStepTime_LongerContext_Grow()
    {
        AnyScenario.Sample(s =>
        {
            var shorter = CostEstimator.Estimate(s, Derivation.Off());
            var longer = CostEstimator.Estimate(s with { InputTokens = s.InputTokens * 2 }, Derivation.Off());
            if (!shorter.Succeeded || !longer.Succeeded)
            {
                return;
            }

            longer.Value.Model.KvBytesPerRequest.ShouldBeGreaterThan(shorter.Value.Model.KvBytesPerRequest);
            longer.Value.Decode.KvBytes.ShouldBeGreaterThan(shorter.Value.Decode.KvBytes);
            longer.Value.Decode.StepTime.ShouldBeGreaterThanOrEqualTo(shorter.Value.Decode.StepTime);
            longer.Value.Latency.TimeToFirstToken.ShouldBeGreaterThan(shorter.Value.Latency.TimeToFirstToken);
        }, iter: 300);
    }

    [Fact]
    public void Quantities_RejectNaNAndInfinity()
    {
        Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity).Sample(v =>
        {
            Should.Throw<ArgumentOutOfRangeException>(() => new Bytes(v));
            Should.Throw<ArgumentOutOfRangeException>(() => new Seconds(v));
            Should.Throw<ArgumentOutOfRangeException>(() => new DollarsPerHour(v));
        }, iter: 10);
    }
}

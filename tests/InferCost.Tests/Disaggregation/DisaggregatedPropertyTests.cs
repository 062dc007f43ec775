using CsCheck;
using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Tests.Support;
using DisaggregationSpec = InferCost.Deployment.Disaggregation;

namespace InferCost.Tests.Disaggregation;

public class DisaggregatedPropertyTests
{
    private static readonly Gen<(InferCost.Scenarios.Scenario Scenario, int X, int Y, KvLink Link)> AnyDisaggregated =
        Gen.Select(ScenarioGenerators.Any, Gen.Int[1, 8], Gen.Int[1, 8], Gen.OneOf(KvLink.ScaleOut, KvLink.ScaleUp, new KvLink(KvLinkKind.Explicit, InferCost.Units.BytesPerSecond.FromGigabytesPerSecond(25))),
            (s, x, y, link) => (s.WithLayout(new ParallelLayout(s.TensorParallel, x + y)) with { Disaggregation = new DisaggregationSpec(x, y, link) }, x, y, link));

    [Fact]
    public void Estimate_AnyDisaggregated_FiniteAndEachTokenKindPricedOnce_OrAClearError()
    {
        var estimated = 0;
        AnyDisaggregated.Sample(t =>
        {
            var result = CostEstimator.Estimate(t.Scenario);
            if (!result.Succeeded)
            {
                result.Errors.ShouldAllBe(e => e.Reason.Length > 20);
                return;
            }

            foreach (var step in result.Value.Steps)
            {
                double.IsFinite(step.Result.Value).ShouldBeTrue(step.Name);
            }

            Interlocked.Increment(ref estimated);
            var f = result.Value.Disaggregated!;
            var s = t.Scenario;
            f.SystemRequestsPerSecond.ShouldBeGreaterThan(0);
            Math.Max(f.Prefill.Utilisation, f.Decode.Utilisation).ShouldBe(1, tolerance: 1e-9);
            (f.Prefill.Gpus + f.Decode.Gpus).ShouldBe(s.Gpus);
            var perRequest = (f.Prefill.PerHour.Value + f.Decode.PerHour.Value) / 3600 / f.SystemRequestsPerSecond;
            var priced = ((f.PerMillionInput.Value * s.InputTokens) + (f.PerMillionOutput.Value * s.OutputTokens)) / 1e6;
            priced.ShouldBe(perRequest, tolerance: 1e-9 * perRequest);
            f.TimeToFirstToken.ShouldBeGreaterThan(result.Value.FirstTokenPrefill.Time);
            var cost = result.Value.Cost;
            cost.PerMillionOutputTokens.ShouldBe(f.PerMillionOutput);
            cost.Breakdown.Sum(l => l.PerMillionOutputTokens.Value).ShouldBe(cost.PerMillionOutputTokens.Value, tolerance: 1e-9 * cost.PerMillionOutputTokens.Value);
            cost.Breakdown.Sum(l => l.PerMillionInputTokens.Value).ShouldBe(cost.PerMillionInputTokens.Value, tolerance: 1e-9 * cost.PerMillionInputTokens.Value);
        }, iter: 600);
        // About a quarter of the draws are valid (scale-up beyond the domain, layouts that do not fit): 600 give ~150.
        estimated.ShouldBeGreaterThan(50);
    }
}

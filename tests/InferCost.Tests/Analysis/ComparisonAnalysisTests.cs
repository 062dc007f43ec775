using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Estimation;
using InferCost.Scenarios;
using InferCost.Tests.Support;

namespace InferCost.Tests.Analysis;

public class ComparisonAnalysisTests
{
    private static readonly Scenario Batch8 = TestScenarios.Of(batch: BatchSize.Of(8));
    private static readonly Scenario Batch64 = TestScenarios.Of(batch: BatchSize.Of(64));
    // 141 GB of FP16 weights never fit an H100's 85.5 GB.
    private static readonly Scenario Fp16OnOneGpu = TestScenarios.Of(gpu: "h100-sxm", weights: Precision.Fp16, kv: Precision.Fp16, batch: BatchSize.Of(1));

    private static IReadOnlyList<ComparedScenario> Compare(params Scenario[] scenarios)
    {
        var r = ComparisonAnalysis.Compare([.. scenarios.Select((s, i) => new NamedScenario($"s{i}", s))]);
        r.Succeeded.ShouldBeTrue(string.Join("; ", r.Errors));
        return r.Value;
    }

    private static Estimate Direct(Scenario s) => CostEstimator.Estimate(s).Value;

    [Fact]
    public void Compare_MultipleOfFirst_IsTheRatioOfTwoDirectEstimates()
    {
        var compared = Compare(Batch8, Batch64);

        var expected = Direct(Batch64).Cost.PerMillionOutputTokens.Value / Direct(Batch8).Cost.PerMillionOutputTokens.Value;
        compared[0].RelativeToFirst.ShouldBe(1);
        compared[1].RelativeToFirst!.Value.ShouldBe(expected, tolerance: 1e-12);
        compared[1].RelativeToFirst!.Value.ShouldBeLessThan(1);
        compared.Select(c => c.Name).ShouldBe(["s0", "s1"]);
    }

    [Fact]
    public void Compare_EveryScenario_LayersSumToItsTotal()
    {
        foreach (var c in Compare(Batch8, Batch64))
        {
            var cost = c.Estimate!.Cost;
            cost.Breakdown.Sum(l => l.PerMillionOutputTokens.Value).ShouldBe(cost.PerMillionOutputTokens.Value, tolerance: cost.PerMillionOutputTokens.Value * 1e-12);
            cost.PerMillionOutputTokens.Value.ShouldBe(Direct(c.Scenario).Cost.PerMillionOutputTokens.Value, tolerance: 1e-12);
        }
    }

    [Fact]
    public void Compare_ScenarioThatDoesNotFit_IsKeptWithItsReasonAndNoMultiple()
    {
        var compared = Compare(Batch64, Fp16OnOneGpu);

        compared.Count.ShouldBe(2);
        compared[1].Estimate.ShouldBeNull();
        compared[1].RelativeToFirst.ShouldBeNull();
        compared[1].Outcome.Errors.ShouldContain(e => e.Reason.Contains("not even one request fits", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_FirstDoesNotFit_NoScenarioHasAMultiple()
    {
        var compared = Compare(Fp16OnOneGpu, Batch64);

        compared[1].Estimate.ShouldNotBeNull();
        compared.ShouldAllBe(c => c.RelativeToFirst == null);
    }

    [Fact]
    public void Compare_InvalidScenario_FailsTheComparisonNamingIt()
    {
        // TP 3 cannot split Llama 3.1 70B's 64 query heads.
        var r = ComparisonAnalysis.Compare([new("ok", Batch64), new("broken", TestScenarios.Of(tp: 3))]);

        r.Succeeded.ShouldBeFalse();
        r.Errors.ShouldContain(e => e.Source == "broken" && e.Field == "tp");
    }

    [Fact]
    public void Compare_NoScenarios_Fails() => ComparisonAnalysis.Compare([]).Succeeded.ShouldBeFalse();
}

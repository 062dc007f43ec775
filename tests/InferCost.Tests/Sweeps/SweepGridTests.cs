using System.Collections.Immutable;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Sweeps.Grid;
using InferCost.Tests.Support;

namespace InferCost.Tests.Sweeps;

public class SweepGridTests
{
    [Fact]
    public void Evaluate_TwoAxesTwoCases_LastAxisFastestAndEveryPointEqualsItsDirectEstimate()
    {
        // GH200 (144 GB) rather than H100: 72.7 GB of FP8 weights with a BF16 embedding and LM head leave no room for a
        // request in an H100's 80 GB at the prior usable fraction.
        var gh200 = TestScenarios.Of(gpu: "gh200");
        var h200 = TestScenarios.Of(gpu: "h200-sxm");
        var grid = new SweepGrid(
            [SweepCase.Of(new ScenarioContext(gh200)), SweepCase.Of(new ScenarioContext(h200))],
            [new PointAxis(PointField.Batch, [1, 8, 128]), new PointAxis(PointField.Pue, [1.1, 1.3])]);
        grid.Count.ShouldBe(12);
        var results = new PointEstimate[12];
        grid.Evaluate(0, results);

        var i = 0;
        foreach (var s in new[] { gh200, h200 })
        {
            foreach (var batch in new[] { 1, 8, 128 })
            {
                foreach (var pue in new[] { 1.1, 1.3 })
                {
                    grid.CaseIndex(i).ShouldBe(s == gh200 ? 0 : 1);
                    var direct = CostEstimator.Estimate(s with { Batch = BatchSize.Of(batch), Facility = s.Facility with { Pue = pue } }, Derivation.Off());
                    results[i].IsFeasible.ShouldBe(direct.Succeeded);
                    if (direct.Succeeded)
                    {
                        results[i].OutputCost.ShouldBe(direct.Value.Cost.PerMillionOutputTokens);
                        results[i].InputCost.ShouldBe(direct.Value.Cost.PerMillionInputTokens);
                    }

                    i++;
                }
            }
        }

        // Batch 128 does not fit beside 72.7 GB of FP8 weights on either GPU (GH200: 144 GB; H200: 141 GB), at either PUE:
        // reported, not dropped.
        int[] batch128 = [4, 5, 10, 11];
        batch128.ShouldAllBe(k => results[k].Status == PointStatus.BatchDoesNotFit && results[k].MaxBatch < 128 && results[k].MaxBatch > 0);
    }

    [Fact]
    public void Evaluate_InvalidCase_EveryPointOfItIsReportedInvalid()
    {
        var grid = new SweepGrid(
            [SweepCase.Invalid("tp 16 exceeds the scale-up domain"), SweepCase.Of(new ScenarioContext(TestScenarios.Of()))],
            [new PointAxis(PointField.Batch, [1, 8])]);
        var results = new PointEstimate[4];
        grid.Evaluate(0, results);
        results.Select(r => r.Status).ShouldBe([PointStatus.InvalidScenario, PointStatus.InvalidScenario, PointStatus.Feasible, PointStatus.Feasible]);
    }

    [Fact]
    public void Evaluate_InChunks_SameAsAllAtOnce()
    {
        var grid = new SweepGrid(
            [SweepCase.Of(new ScenarioContext(TestScenarios.Of()))],
            [new PointAxis(PointField.InputTokens, [.. Enumerable.Range(1, 50).Select(k => k * 512.0)]), new PointAxis(PointField.Utilisation, [0.3, 0.6, 0.9])]);
        var whole = new PointEstimate[grid.Count];
        grid.Evaluate(0, whole);
        var pieces = new PointEstimate[grid.Count];
        for (var start = 0; start < pieces.Length; start += 7)
        {
            grid.Evaluate(start, pieces.AsSpan(start, Math.Min(7, pieces.Length - start)));
        }

        pieces.ShouldBe(whole);
    }

    [Fact]
    public void PointFieldsApply_EveryField_MatchesTheScenarioChange()
    {
        var s = TestScenarios.Of();
        foreach (var field in Enum.GetValues<PointField>())
        {
            var value = field switch
            {
                PointField.Batch => 16,
                PointField.InputTokens => 2048,
                PointField.OutputTokens => 256,
                PointField.Pue => 1.3,
                PointField.Utilisation => 0.5,
                PointField.LifeYears => 5,
                PointField.LabourShare => 0.3,
                PointField.PowerPrice => 0.12,
                _ => 1234,
            };
            var p = new PointInputs(new ScenarioContext(s));
            PointFields.Apply(ref p, field, value);
            var changed = PointFields.ApplyTo(s, field, value);
            var viaPoint = PointEstimator.Evaluate(p);
            var viaScenario = PointEstimator.Evaluate(new PointInputs(new ScenarioContext(changed)));
            viaPoint.ShouldBe(viaScenario, field.ToString());
            viaPoint.ShouldNotBe(PointEstimator.Evaluate(new PointInputs(new ScenarioContext(s))), field.ToString());
        }
    }
}

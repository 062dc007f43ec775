using CsCheck;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Tests.Support;

namespace InferCost.Tests.Sweeps;

/// <summary>The sweep kernel must return exactly what the explained estimate reports, for every scenario.</summary>
public class PointEstimatorEquivalenceTests
{
    [Fact]
    public void Evaluate_AnyScenario_MatchesTheExplainedEstimate() => _ = MatchesTheExplainedEstimate(ScenarioGenerators.AnyWithMaxAndReplicas, 2000);

    [Fact]
    public void Evaluate_AnyParallelLayout_MatchesTheExplainedEstimate() =>
        _ = MatchesTheExplainedEstimate(ScenarioGenerators.AnyLayout.Where(s => global::InferCost.Scenarios.Fields.ScenarioValidator.Validate(s).Count == 0), 1500);

    [Fact]
    public void Evaluate_AnyDisaggregatedDeployment_MatchesTheExplainedEstimate() =>
        MatchesTheExplainedEstimate(ScenarioGenerators.AnyDisaggregated.Where(s => global::InferCost.Scenarios.Fields.ScenarioValidator.Validate(s).Count == 0), 1500)
            .ShouldBeGreaterThan(300, "too few disaggregated points were feasible to test the kernel's pools");

    [Theory]
    [InlineData(5, 4, "scale-up", 512)]
    [InlineData(2, 1, "scale-out", 1)]
    public void Evaluate_DisaggregatedPointTheEngineRefuses_IsInvalid_NeverPricedAsOnePool(int prefill, int decode, string link, int output)
    {
        // 5P4D of tp 2 is 18 GPUs, beyond an H200 NVLink domain of 8; one output token leaves the decode pool no work.
        var s = TestScenarios.Of(tp: 2, gpus: 2 * (prefill + decode), output: output) with
        {
            Disaggregation = new global::InferCost.Deployment.Disaggregation(prefill, decode, global::InferCost.Deployment.KvLink.Parse(link).Value),
        };

        CostEstimator.Estimate(s, Derivation.Off()).Succeeded.ShouldBeFalse();
        PointEstimator.Evaluate(new PointInputs(new ScenarioContext(s))).Status.ShouldBe(PointStatus.InvalidScenario);
    }

    // Returns how many points were feasible (and so compared figure by figure).
    private static int MatchesTheExplainedEstimate(Gen<Scenario> scenarios, int iterations)
    {
        var feasible = 0;
        scenarios.Sample(s =>
        {
            var full = CostEstimator.Estimate(s, Derivation.Off());
            var point = PointEstimator.Evaluate(new PointInputs(new ScenarioContext(s)));
            point.IsFeasible.ShouldBe(full.Succeeded, string.Join("; ", full.Errors));
            if (!full.Succeeded)
            {
                var field = full.Errors[0].Field.Length > 0 ? full.Errors[0].Field : full.Errors[0].Source;
                (point.Status == PointStatus.ExceedsContext).ShouldBe(field == "input");
                return;
            }

            var e = full.Value;
            Interlocked.Increment(ref feasible);
            point.Batch.ShouldBe(e.Memory.Batch);
            point.MaxBatch.ShouldBe(e.Memory.MaxBatch);
            point.MemoryRequired.ShouldBe(e.Memory.Required);
            point.MemoryUsable.ShouldBe(e.Memory.Usable);
            point.StepTime.ShouldBe(e.Latency.TimePerOutputToken);
            point.TimeToFirstToken.ShouldBe(e.Latency.TimeToFirstToken);
            point.InterTokenLatency.ShouldBe(e.Latency.MeanInterTokenLatency);
            point.DecodeRate.ShouldBe(e.Throughput.DecodeOutputTokensPerSecond);
            point.SteadyOutputRate.ShouldBe(e.Throughput.SteadyOutputTokensPerSecond);
            point.AveragePower.ShouldBe(e.Energy.AverageActivePower);
            point.EnergyPerOutputToken.ShouldBe(e.Energy.JoulesPerOutputToken);
            point.CostPerGpuHour.ShouldBe(e.Cost.PerGpuHour);
            point.OutputCost.ShouldBe(e.Cost.PerMillionOutputTokens);
            point.InputCost.ShouldBe(e.Cost.PerMillionInputTokens);
            var power = e.Cost.Breakdown.Where(l => CostFigures.PowerLayerIds.Contains(l.Id)).Sum(l => l.PerMillionOutputTokens.Value);
            point.PowerOutputCost.Value.ShouldBe(power, tolerance: power * 1e-12);
        }, iter: iterations);
        return feasible;
    }
}

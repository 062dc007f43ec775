using InferCost.Economics;
using InferCost.Explain;
using InferCost.Serving;
using InferCost.Serving.Workloads;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Serving;

/// <summary>The SLO search and its cost, recorded: the same figures as unrecorded, every rate tried, the bracket, the cost's steps.</summary>
public class SloExplanationTests
{
    private static readonly ServiceLevel Objective = new([
        new LatencyTarget(LatencyMetric.Ttft, 90, new Seconds(1)),
        new LatencyTarget(LatencyMetric.Tpot, 99, Seconds.FromMilliseconds(60)),
    ]);

    private static SimulationPlan Plan() => new(
        new SchedulerSettings(BatchingMode.Continuous, 1024, 8192, SchedulingPolicy.DecodeFirst, KvCacheLayout.Paged, 16, PreemptionMode.Recompute),
        LoadKind.Rate, [1], LengthDistribution.Fixed(1000, 200).Value, 1, 400, double.PositiveInfinity, null, null, 7);

    private static (SloResult Result, Derivation D) Recorded(InferCost.Scenarios.Scenario s)
    {
        var d = Derivation.Recording();
        return (SloSearch.Run(s, Plan(), Objective, d).Value, d);
    }

    [Fact]
    public void Run_Recording_FindsWhatTheUnrecordedSearchFinds()
    {
        var s = TestScenarios.Of(tp: 4);

        var plain = SloSearch.Run(s, Plan(), Objective).Value;
        var (recorded, _) = Recorded(s);

        recorded.Best!.Load.ShouldBe(plain.Best!.Load);
        recorded.Runs.ShouldBe(plain.Runs);
        recorded.Cost.ShouldBe(plain.Cost);
        recorded.Optimal.ShouldBe(plain.Optimal);
    }

    [Fact]
    public void Run_Recording_OneStepPerSimulation_AndTheBracket()
    {
        var (r, d) = Recorded(TestScenarios.Of(tp: 4));

        var tried = d.Steps.Where(x => x.Section == "Search" && x.Name.StartsWith("Simulation ", StringComparison.Ordinal)).ToList();
        tried.Count.ShouldBe(r.Runs);
        tried.ShouldContain(x => x.Result.Value == r.Best!.Load && x.Name.EndsWith("meets the objective", StringComparison.Ordinal));
        tried.ShouldContain(x => x.Result.Value == r.Miss!.Load && x.Name.EndsWith("misses the objective", StringComparison.Ordinal));
        d.Steps.Single(x => x.Name == "Bracket: highest rate meeting the objective").Result.Value.ShouldBe(r.Best!.Load);
        d.Steps.Single(x => x.Name == "TTFT tax").Result.Value.ShouldBe(r.Tax!.Value);
    }

    [Fact]
    public void Run_Recording_TheCostStepsAreTheReportedCost()
    {
        var (r, d) = Recorded(TestScenarios.Of(tp: 4));
        var cost = r.Cost!;
        var at = d.Steps.Where(x => x.Section == "At the highest rate within the service level").ToList();

        at.Single(x => x.Name == "Mean board power per GPU").Result.Value.ShouldBe(cost.MeanPower.Value);
        at.Single(x => x.Name == "GPU time owed to output tokens").Result.Value.ShouldBe(cost.DecodeShare);
        at.Single(x => x.Name == "$/1M output tokens").Result.Value.ShouldBe(cost.PerMillionOutput.Value);
        at.Single(x => x.Name == "$/1M input tokens").Result.Value.ShouldBe(cost.PerMillionInput.Value);
        // The owned $/GPU-hour stack is recorded layer by layer, its total the cost's.
        d.Steps.Where(x => x.Section == "Cost per GPU-hour" && x.Name == "Cost per productive GPU-hour").Select(x => x.Result.Value)
            .ShouldBe([cost.PerGpuHour.Value, r.Optimal.PerGpuHour.Value]);
    }

    [Fact]
    public void Of_MeanPower_IsBusyEnergyPlusIdleInTheGapsOverTheRun()
    {
        var s = TestScenarios.Of(tp: 4);
        var run = SimulationAnalysis.Run(s, Plan() with { Loads = [3] }, accountCost: true).Value.Single().Replica;
        var d = Derivation.Recording();

        var cost = SloCost.Of(s, run, d);

        var expected = (run.BusyEnergy.Value + (s.Accelerator.Power.Idle.Value * (run.Duration.Value - run.BusyTime.Value))) / run.Duration.Value;
        cost.MeanPower.Value.ShouldBe(expected, tolerance: 1e-9 * expected);
        cost.ShouldBe(SloCost.Of(s, run));
        cost.PerGpuHour.ShouldBe(GpuHourCostModel.Breakdown(GpuHourInputs.Of(s), cost.MeanPower).Total);
    }

    [Fact]
    public void Of_Rented_RecordsTheRentOverUtilisation()
    {
        var owned = TestScenarios.Of(tp: 4);
        var s = owned with { Finance = owned.Finance with { RentedGpuHourPrice = new DollarsPerHour(2.5) } };
        var run = SimulationAnalysis.Run(s, Plan() with { Loads = [3] }, accountCost: true).Value.Single().Replica;
        var d = Derivation.Recording();

        var cost = SloCost.Of(s, run, d);

        cost.PerGpuHour.Value.ShouldBe(2.5 / s.Finance.Utilisation, tolerance: 1e-12);
        d.Steps.Single(x => x.Name == "Rented cost per productive GPU-hour").Result.Value.ShouldBe(cost.PerGpuHour.Value);
        d.Steps.ShouldNotContain(x => x.Section == "Cost per GPU-hour");
    }
}

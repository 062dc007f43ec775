using InferCost.Analysis;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Sweeps.Grid;
using InferCost.Tests.Support;

namespace InferCost.Tests.Analysis;

public class UncertaintyAnalysisTests
{
    private static UncertaintyResult Run(Scenario s, int samples, int seed, params SampledInput[] inputs)
    {
        var result = UncertaintyAnalysis.Run(s, inputs, samples, seed);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Value;
    }

    private static SampledInput Uniform(PointField input, double low, double high) => new(input, InputDistribution.Uniform(low, high));

    private static double OutputCost(Scenario s) => CostEstimator.Estimate(s, Derivation.Off()).Value.Cost.PerMillionOutputTokens.Value;

    [Fact]
    public void Run_DegenerateRange_EveryPercentileIsThePointEstimate()
    {
        var s = TestScenarios.Of();
        var r = Run(s, 500, 1, Uniform(PointField.Pue, 1.12, 1.12), Uniform(PointField.GpuPrice, 32000, 32000));

        var e = CostEstimator.Estimate(s, Derivation.Off()).Value;
        foreach (var spread in new[] { (r.Output, e.Cost.PerMillionOutputTokens), (r.Input, e.Cost.PerMillionInputTokens) })
        {
            spread.Item1.P10.ShouldBe(spread.Item2);
            spread.Item1.P50.ShouldBe(spread.Item2);
            spread.Item1.P90.ShouldBe(spread.Item2);
            spread.Item1.Mean.ShouldBe(spread.Item2);
        }

        r.Feasible.ShouldBe(500);
        r.Drivers.ShouldAllBe(d => d.SpearmanRho == null);
        r.OutputHistogram.Sum(b => b.Count).ShouldBe(500);
    }

    [Fact]
    public void Run_SameSeed_SameSamples_OtherSeed_OtherSamples()
    {
        var s = TestScenarios.Of();
        SampledInput[] inputs = [Uniform(PointField.Pue, 1.07, 1.15), Uniform(PointField.Utilisation, 0.55, 0.75)];

        var a = Run(s, 300, 7, inputs);
        var b = Run(s, 300, 7, inputs);
        var c = Run(s, 300, 8, inputs);

        b.OutputCosts.ShouldBe(a.OutputCosts);
        b.Output.ShouldBe(a.Output);
        c.OutputCosts.ShouldNotBe(a.OutputCosts);
        c.Output.P50.ShouldNotBe(a.Output.P50);
    }

    [Theory]
    [InlineData(PointField.Utilisation, 0.55, 0.75, -1)]
    [InlineData(PointField.GpuPrice, 30000, 35000, 1)]
    [InlineData(PointField.PowerPrice, 0.04, 0.12, 1)]
    [InlineData(PointField.LifeYears, 3, 6, -1)]
    public void Run_OnlyOneInputVaried_ItsRankCorrelationIsOneWithTheRightSign(PointField input, double low, double high, double sign)
    {
        var r = Run(TestScenarios.Of(), 2000, 1, Uniform(input, low, high));

        r.Drivers.Single().SpearmanRho!.Value.ShouldBe(sign, tolerance: 1e-9);
    }

    [Fact]
    public void Run_TwoInputs_TheWiderLeverComesFirst()
    {
        // Utilisation 0.4..0.9 moves every capital layer; PUE 1.1..1.2 moves only the ~1% power layer.
        var r = Run(TestScenarios.Of(), 4000, 3, Uniform(PointField.Pue, 1.1, 1.2), Uniform(PointField.Utilisation, 0.4, 0.9));

        r.Drivers[0].Input.Input.ShouldBe(PointField.Utilisation);
        r.Drivers[0].SpearmanRho!.Value.ShouldBeLessThan(-0.95);
        Math.Abs(r.Drivers[1].SpearmanRho!.Value).ShouldBeLessThan(0.2);
    }

    [Fact]
    public void Run_CapexRange_PercentilesAreOrderedWithinTheCostsAtTheEnds()
    {
        var s = TestScenarios.Of();
        var r = Run(s, 3000, 1, Uniform(PointField.GpuPrice, 30000, 35000));

        r.Output.P10.ShouldBeLessThanOrEqualTo(r.Output.P50);
        r.Output.P50.ShouldBeLessThanOrEqualTo(r.Output.P90);
        r.Output.P10.Value.ShouldBeGreaterThanOrEqualTo(OutputCost(PointFields.ApplyTo(s, PointField.GpuPrice, 30000)));
        r.Output.P90.Value.ShouldBeLessThanOrEqualTo(OutputCost(PointFields.ApplyTo(s, PointField.GpuPrice, 35000)));
    }

    [Theory]
    [InlineData(DistributionShape.Uniform)]
    [InlineData(DistributionShape.Triangular)]
    public void Run_CostIsAffineInCapex_MeanCostIsTheCostAtTheDistributionsMean(DistributionShape shape)
    {
        var s = TestScenarios.Of();
        var d = shape == DistributionShape.Uniform ? InputDistribution.Uniform(30000, 40000) : InputDistribution.Triangular(30000, 31000, 40000);
        var r = Run(s, 20000, 1, new SampledInput(PointField.GpuPrice, d));

        var mean = shape == DistributionShape.Uniform ? 35000 : (30000 + 31000 + 40000) / 3.0;
        var expected = OutputCost(PointFields.ApplyTo(s, PointField.GpuPrice, mean));
        r.Output.Mean.Value.ShouldBe(expected, tolerance: expected * 0.002);
    }

    [Fact]
    public void Run_BatchRangePartlyTooLarge_CountsTheInfeasibleSamplesAndKeepsTheRest()
    {
        var s = TestScenarios.Of();
        var max = CostEstimator.Estimate(s, Derivation.Off()).Value.Memory.MaxBatch;
        var r = Run(s, 1000, 1, Uniform(PointField.Batch, 32, max + 40));

        r.Infeasible[PointStatus.BatchDoesNotFit].ShouldBeGreaterThan(0);
        (r.Feasible + r.Infeasible.Values.Sum()).ShouldBe(1000);
        r.OutputCosts.Count.ShouldBe(r.Feasible);
        r.OutputHistogram.Sum(b => b.Count).ShouldBe(r.Feasible);
        r.Output.P90.Value.ShouldBeLessThanOrEqualTo(OutputCost(s with { Batch = BatchSize.Of(32) }));

        // Larger batches amortise the weights: cost falls as the batch rises.
        r.Drivers.Single().SpearmanRho!.Value.ShouldBeLessThan(-0.99);
    }

    [Fact]
    public void Run_EveryBatchTooLarge_FailsSayingWhy()
    {
        var result = UncertaintyAnalysis.Run(TestScenarios.Of(), [Uniform(PointField.Batch, 200, 300)], 100, 1);

        result.Succeeded.ShouldBeFalse();
        result.Errors[0].Reason.ShouldContain("none of the 100 samples can be served (batch does not fit in memory: 100)");
    }

    [Fact]
    public void Run_InvalidInputs_FailWithTheScenarioChecksMessages()
    {
        var s = TestScenarios.Of();

        UncertaintyAnalysis.Run(s, [Uniform(PointField.Pue, 0.9, 1.2)], 10, 1).Errors.ShouldContain(e => e.Field == "pue" && e.Reason.Contains("must be from 1 to 3 (facility power / IT power), found 0.9."));
        UncertaintyAnalysis.Run(s, [Uniform(PointField.Pue, 1.2, 1.1)], 10, 1).Errors[0].Reason.ShouldContain("low <= mode <= high");
        UncertaintyAnalysis.Run(s, [new SampledInput(PointField.GpuPrice, InputDistribution.Triangular(1, 5, 3))], 10, 1).Succeeded.ShouldBeFalse();
        UncertaintyAnalysis.Run(s, [Uniform(PointField.Batch, 0, 4)], 10, 1).Errors[0].Reason.ShouldContain("whole number >= 1");
        UncertaintyAnalysis.Run(s, [], 0, 1).Errors[0].Reason.ShouldContain("from 1 to 1,000,000");
        UncertaintyAnalysis.Run(s, [Uniform(PointField.Pue, 1.1, 1.2), Uniform(PointField.Pue, 1.1, 1.3)], 10, 1).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Run_WholeNumberInputs_AreSampledAsWholeNumbers()
    {
        var s = TestScenarios.Of();
        var r = Run(s, 400, 1, Uniform(PointField.OutputTokens, 256, 258));

        // Three lengths only, so at most three distinct costs, each a direct estimate's.
        var distinct = r.OutputCosts.Distinct().ToList();
        distinct.Count.ShouldBeLessThanOrEqualTo(3);
        var direct = new[] { 256, 257, 258 }.Select(o => CostEstimator.Estimate(s with { OutputTokens = o }, Derivation.Off()).Value.Cost.PerMillionOutputTokens).ToList();
        distinct.ShouldAllBe(c => direct.Contains(c));
    }
}

using CsCheck;
using InferCost.Economics.Floor;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Floor;

public class FloorAnalysisTests
{
    private static readonly FloorAssumptions BestCase = new(new DollarsPerKilowattHour(0.04), 1.1, 1.0, 6);

    private static FloorResult Floor(Scenario s, FloorAssumptions? a = null) => FloorAnalysis.Compute(s, a ?? BestCase, Derivation.Recording()).Value;

    [Fact]
    public void Compute_Layers_AreCumulativeAndEndAtTheTotal()
    {
        var f = Floor(TestScenarios.Of());
        f.Layers.Select(l => l.Id).ShouldBe(["memory-energy", "compute-energy", "interconnect-energy", "facility-overhead", "capital"]);
        var cost = 0.0;
        var energy = 0.0;
        foreach (var l in f.Layers)
        {
            cost += l.Cost.Value;
            energy += l.Energy.Value;
            l.Cumulative.Value.ShouldBe(cost, tolerance: 1e-15);
            l.CumulativeEnergy.Value.ShouldBe(energy, tolerance: 1e-15);
        }

        f.Total.Value.ShouldBe(cost, tolerance: 1e-15);
        f.Band.Low.ShouldBe(f.Layers[3].Cumulative);
        f.Band.High.ShouldBe(f.Total);
        f.Band.Low.ShouldBeLessThan(f.Band.High);
    }

    [Fact]
    public void Compute_MemoryLayer_IsTheStepsWeightsAndKvAtHbmEnergyOverB()
    {
        var s = TestScenarios.Of(batch: BatchSize.Of(16));
        var f = Floor(s);
        var e = s.Accelerator.Memory.AccessEnergy.Value;

        // The step reads the weights once and every request's KV; per token the weights are shared by the 16 tokens.
        f.Step.Bytes.Value.ShouldBe(f.Step.WeightBytes.Value + f.Step.KvBytes.Value, tolerance: 1);
        f.Step.MemoryEnergy.Value.ShouldBe(f.Step.Bytes.Value * e, tolerance: 1e-9);
        f.Layers[0].Energy.Value.ShouldBe(((f.Step.WeightBytes.Value / 16) + (f.Step.KvBytes.Value / 16)) * e, tolerance: 1e-9);
        f.Layers[0].Cost.Value.ShouldBe(f.Layers[0].Energy.Value * 0.04 / 3.6e6 * 1e6, tolerance: 1e-15);
        f.Step.MemoryCost.Value.ShouldBe(f.Step.MemoryEnergy.Value * 0.04 * 1.1 / 3.6e6, tolerance: 1e-18);
    }

    [Fact]
    public void Compute_WeightBytesPerStep_DoNotDependOnBatch_SoTheWeightPartPerTokenIsPerStepOverB()
    {
        var one = Floor(TestScenarios.Of(batch: BatchSize.Of(1)));
        var many = Floor(TestScenarios.Of(batch: BatchSize.Of(32)));
        many.Step.WeightBytes.Value.ShouldBe(one.Step.WeightBytes.Value, tolerance: 1);
        many.Step.KvBytes.Value.ShouldBe(32 * one.Step.KvBytes.Value, tolerance: 1e3);

        // At batch 1 the per-token memory energy is the per-step figure.
        one.Layers[0].Energy.Value.ShouldBe(one.Step.MemoryEnergy.Value, tolerance: 1e-12);
    }

    [Fact]
    public void Compute_MemoryPerToken_FallsWithBatch_RisesWithContext()
    {
        var byBatch = new[] { 1, 2, 8, 32, 64 }.Select(b => Floor(TestScenarios.Of(batch: BatchSize.Of(b))).Layers[0].Energy.Value).ToList();
        byBatch.ShouldBe([.. byBatch.OrderDescending()]);
        byBatch.Distinct().Count().ShouldBe(byBatch.Count);

        var byContext = new[] { 512, 2048, 8192, 32768 }.Select(n => Floor(TestScenarios.Of(batch: BatchSize.Of(8), input: n)).Layers[0].Energy.Value).ToList();
        byContext.ShouldBe([.. byContext.Order()]);
        byContext.Distinct().Count().ShouldBe(byContext.Count);
    }

    [Fact]
    public void Compute_AnyValidScenario_NoNaN_LayersCumulative_BelowTodaysEstimate() =>
        ScenarioGenerators.Any.Select(Gen.Double[0.01, 1.0], Gen.Double[0.001, 0.5]).Sample((s, u, price) =>
        {
            var a = new FloorAssumptions(new DollarsPerKilowattHour(price), 1.1, u, 6);
            var r = FloorAnalysis.Compare(s, a, [], Derivation.Off());
            if (!r.Succeeded)
            {
                return; // the batch does not fit: the estimate fails the same way
            }

            var f = r.Value.Floor;
            foreach (var l in f.Layers)
            {
                double.IsFinite(l.Cost.Value).ShouldBeTrue();
                double.IsFinite(l.Energy.Value).ShouldBeTrue();
                l.Cost.Value.ShouldBeGreaterThanOrEqualTo(0);
            }

            f.Total.Value.ShouldBeGreaterThan(0);
            f.Total.Value.ShouldBe(f.Layers.Sum(l => l.Cost.Value), tolerance: 1e-9 * f.Total.Value);
            double.IsFinite(r.Value.Today.TimesFloor).ShouldBeTrue();
        }, iter: 60);

    [Fact]
    public void Compute_FacilityLayer_IsPueMinusOneOfTheEnergyLayers()
    {
        var f = Floor(TestScenarios.Of(), BestCase with { Pue = 1.3 });
        var it = f.Layers[0].Energy.Value + f.Layers[1].Energy.Value + f.Layers[2].Energy.Value;
        f.Layers[3].Energy.Value.ShouldBe(it * 0.3, tolerance: 1e-12);
    }

    [Fact]
    public void Compute_Capital_FallsWithUtilisationAndLife()
    {
        var full = Floor(TestScenarios.Of()).Layers[4].Cost.Value;
        var half = Floor(TestScenarios.Of(), BestCase with { Utilisation = 0.5 }).Layers[4].Cost.Value;
        var shortLife = Floor(TestScenarios.Of(), BestCase with { LifeYears = 3 }).Layers[4].Cost.Value;
        half.ShouldBe(2 * full, tolerance: 1e-12);
        shortLife.ShouldBe(2 * full, tolerance: 1e-12);
    }

    [Fact]
    public void Compute_Capital_IsCapexOverLifeHoursTimesMinimumStepOverB()
    {
        var s = TestScenarios.Of(batch: BatchSize.Of(8));
        var f = Floor(s);
        var perHour = (s.Finance.GpuPrice.Value + s.Finance.RackOverheadPerGpu.Value) / (6 * 8760.0);
        var tokensPerHour = 8 / f.Step.MinimumTime.Value * 3600;
        f.Layers[4].Cost.Value.ShouldBe(perHour / tokensPerHour * 1e6, tolerance: 1e-9);
    }

    [Theory]
    [InlineData(0.0, 1.1, 1.0, 6.0, "floor-power-price")]
    [InlineData(-0.04, 1.1, 1.0, 6.0, "floor-power-price")]
    [InlineData(0.04, 0.9, 1.0, 6.0, "floor-pue")]
    [InlineData(0.04, 1.1, 0.0, 6.0, "floor-utilisation")]
    [InlineData(0.04, 1.1, 1.5, 6.0, "floor-utilisation")]
    [InlineData(0.04, 1.1, 1.0, 0.0, "floor-life-years")]
    public void Compute_BadAssumption_FailsNamingTheField(double price, double pue, double utilisation, double life, string field)
    {
        var r = FloorAnalysis.Compute(TestScenarios.Of(), new FloorAssumptions(new DollarsPerKilowattHour(price), pue, utilisation, life), Derivation.Off());
        r.Succeeded.ShouldBeFalse();
        r.Errors.Single().Field.ShouldBe(field);
        r.Errors.Single().Reason.ShouldContain("must be");
    }

    [Fact]
    public void Compare_NegativeMarketPrice_FailsNamingTheField()
    {
        var r = FloorAnalysis.Compare(TestScenarios.Of(), BestCase, [new FloorMarketPrice("x", new DollarsPerMillionTokens(-1), "2026-01")], Derivation.Off());
        r.Succeeded.ShouldBeFalse();
        r.Errors.Single().Field.ShouldBe(FloorAnalysis.MarketPriceField);
    }

    [Fact]
    public void Compare_TodaysEstimateAndMarketPrices_AreMultiplesOfTheFloor()
    {
        var r = FloorAnalysis.Compare(TestScenarios.Of(), BestCase, [new FloorMarketPrice("API", new DollarsPerMillionTokens(0.8), "2026-04")], Derivation.Off()).Value;
        var estimate = InferCost.Estimation.CostEstimator.Estimate(TestScenarios.Of()).Value.Cost.PerMillionOutputTokens.Value;
        r.Today.Price.Value.ShouldBe(estimate, tolerance: 1e-12);
        r.Today.TimesFloor.ShouldBe(estimate / r.Floor.Total.Value, tolerance: 1e-9);
        r.Prices.Single().TimesFloor.ShouldBe(0.8 / r.Floor.Total.Value, tolerance: 1e-9);
        r.Prices.Single().TimesEnergyFloor.ShouldBe(0.8 / r.Floor.EnergyOnly.Value, tolerance: 1e-9);
        r.Today.TimesFloor.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Compute_Explained_RecordsEachLayer()
    {
        var f = Floor(TestScenarios.Of());
        var names = f.Steps.Select(s => s.Name).ToList();
        names.ShouldContain("Memory energy per decode step");
        names.ShouldContain("Memory energy cost per decode step");
        names.ShouldContain("Memory energy per output token");
        names.ShouldContain("Compute energy per output token");
        names.ShouldContain("Interconnect energy per output token");
        names.ShouldContain("Facility overhead energy per output token");
        names.ShouldContain("Capital: $/1M output tokens");
        f.Steps.Single(s => s.Name == "Memory energy per decode step").Result.Value.ShouldBe(f.Step.MemoryEnergy.Value);
    }

    [Fact]
    public void Compute_ProjectedAccelerator_Warns()
    {
        var projected = TestCatalog.Instance.Accelerators.Values.First(a => a.Projected);
        var r = FloorAnalysis.Compute(TestScenarios.Of(gpu: projected.Id, batch: BatchSize.Of(1)), BestCase, Derivation.Recording());
        r.Succeeded.ShouldBeTrue(string.Join("; ", r.Errors));
        r.Value.Warnings.ShouldContain(w => w.Code == "projected-hardware");
    }

    [Fact]
    public void DefaultsReader_BuiltInCatalog_IsTheEssaysBestCase()
    {
        var d = FloorDefaultsReader.Read(new InferCost.Catalog.EmbeddedCatalogSource()).Value;
        d.Assumptions.ShouldBe(new FloorAssumptions(new DollarsPerKilowattHour(0.04), 1.1, 1.0, 6));
        d.Sources.Keys.ShouldBe(["facility", "lifeYears", "utilisation"]);
    }
}

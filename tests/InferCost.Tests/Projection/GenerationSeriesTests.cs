using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Tests.Support;

namespace InferCost.Tests.Projection;

public class GenerationSeriesTests
{
    private static readonly InferCostCatalog Catalog = TestCatalog.Instance;

    private static GenerationOverrides Rates(params (string Id, double Rate)[] rates) =>
        new(rates.ToImmutableSortedDictionary(r => r.Id, r => r.Rate, StringComparer.Ordinal));

    [Fact]
    public void Generations_BuiltIn_AreTheCataloguedEntriesThenThreeExtrapolated()
    {
        var g = Catalog.Generations().Value;
        g.Select(x => x.Accelerator.Id).ShouldBe(["a100-sxm-80gb", "h100-sxm", "h200-sxm", "b200", "b300", "vera-rubin-vr200", "extrapolated-gen-1", "extrapolated-gen-2", "extrapolated-gen-3"]);
        // The catalogued ones are the catalog's own records, not copies.
        g[1].Accelerator.ShouldBeSameAs(Catalog.Accelerators["h100-sxm"]);
        g.Take(6).ShouldAllBe(x => !x.Extrapolated);
        g.Skip(6).ShouldAllBe(x => x.Extrapolated && x.Accelerator.Projected);
    }

    [Fact]
    public void SeriesRates_ByHand_AreTheGeometricMeanPerStep()
    {
        var r = Catalog.GenerationSeries!.Resolve(Catalog.Accelerators, GenerationOverrides.None).Value;
        // A100 2.039 TB/s -> Rubin 22 TB/s over 5 steps; FP16 312 -> 8,350 TFLOP/s; price $15,000 -> $80,000.
        r.Of(GenerationFigure.HbmBandwidth).ShouldBe(Math.Pow(22 / 2.039, 0.2), 1e-12);
        r.Of(GenerationFigure.Compute).ShouldBe(Math.Pow(8350 / 312.0, 0.2), 1e-12);
        r.Of(GenerationFigure.Price).ShouldBe(Math.Pow(80000 / 15000.0, 0.2), 1e-12);
        r.Of(GenerationFigure.Tdp).ShouldBe(Math.Pow(1800 / 400.0, 0.2), 1e-12);
        r.YearsPerGeneration.ShouldBe((2026 - 2020) / 5.0, 1e-12);
    }

    [Fact]
    public void Extrapolated_ByHand_IsTheLastTimesRateToTheN()
    {
        var g = Catalog.Generations(Rates(("hbm-bandwidth", 1.5), ("compute", 2), ("price", 1.25), ("energy-per-bit", 0.8), ("tdp", 1.2), ("idle-power", 1.1))).Value;
        var rubin = Catalog.Accelerators["vera-rubin-vr200"];
        var third = g.Single(x => x.StepsAfterLast == 3).Accelerator;
        third.Memory.Bandwidth.Value.ShouldBe(22e12 * 1.5 * 1.5 * 1.5, 1);
        third.DenseCompute[Precision.Fp4].Value.ShouldBe(35_000e12 * 8, 1e3);
        third.DenseCompute[Precision.Fp8].Value.ShouldBe(16_700e12 * 8, 1e3);
        third.Price.Value.ShouldBe(80_000 * 1.25 * 1.25 * 1.25, 1e-6);
        third.Memory.AccessEnergy.Value.ShouldBe(rubin.Memory.AccessEnergy.Value * 0.512, 1e-20);
        third.Power.Tdp.Value.ShouldBe(1800 * 1.728, 1e-9);
        third.Power.Idle.Value.ShouldBe(220 * 1.331, 1e-9);
        third.Family.ShouldBe(rubin.Family);
        third.Sources["memory"].Note!.ShouldContain("estimate");
    }

    [Fact]
    public void Extrapolated_YearsFollowTheCadence()
    {
        var g = Catalog.Generations(new GenerationOverrides(ImmutableSortedDictionary<string, double>.Empty, 2, 2)).Value;
        g.Where(x => x.Extrapolated).Select(x => x.Year).ShouldBe([2028, 2030]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(11)]
    [InlineData(0.05)]
    public void Resolve_BadRate_NamesTheField(double rate)
    {
        var r = Catalog.Generations(Rates(("hbm-bandwidth", rate)));
        r.Succeeded.ShouldBeFalse();
        r.Errors.ShouldContain(e => e.Field == "generation-rate.hbm-bandwidth");
    }

    [Fact]
    public void Resolve_UnknownFigure_ListsTheKnownOnes()
    {
        var r = Catalog.Generations(Rates(("flops", 2)));
        r.Errors.Single().Reason.ShouldContain("hbm-bandwidth");
    }

    [Fact]
    public void Extrapolate_IdleOutgrowingTdp_IsAnErrorOnTheIdleRate()
    {
        // Idle 220 W x 3.5^3 = 9,432 W passes TDP 1,800 W x 1.5^3 = 6,075 W at generation +3.
        var r = Catalog.Generations(Rates(("idle-power", 3.5), ("tdp", 1.5)));
        r.Errors.ShouldContain(e => e.Field == "generation-rate.idle-power");
    }

    [Fact]
    public void FindAccelerator_ExtrapolatedId_ResolvesAtTheCatalogsRates()
    {
        var a = Catalog.FindAccelerator("extrapolated-gen-2");
        a.Succeeded.ShouldBeTrue();
        var expected = Catalog.Generations().Value.Single(g => g.StepsAfterLast == 2).Accelerator;
        a.Value.Id.ShouldBe(expected.Id);
        a.Value.Memory.ShouldBe(expected.Memory);
        a.Value.Price.ShouldBe(expected.Price);
        Catalog.FindAccelerator("extrapolated-gen-9").Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Extrapolated_PowerModelStaysWithinTdp()
    {
        // Streaming HBM at peak bandwidth draws (HBM + on-chip + 3 x SRAM energy per byte) x bandwidth = TDP - idle, as in
        // the catalog's own entries.
        foreach (var g in Catalog.Generations().Value.Where(x => x.Extrapolated))
        {
            var a = g.Accelerator;
            var perByte = a.Memory.AccessEnergy.Value + a.Energy.OnChipPerByte.Value + (3 * a.Energy.SramPerByte.Value);
            (perByte * a.Memory.Bandwidth.Value).ShouldBe((a.Power.Tdp - a.Power.Idle).Value, 1e-6);
        }
    }
}

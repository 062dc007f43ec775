using InferCost.Economics.Drivers;
using InferCost.Results;

namespace InferCost.Tests.EconomicsTests;

public class DriverValidationTests
{
    public static TheoryData<double> Bad => [0, -1, double.NaN, double.PositiveInfinity, 1e12];

    [Theory]
    [MemberData(nameof(Bad))]
    public void DriverLow_Bad_NamesTheDriver(double value) => ShouldFailOn(CostDriver.Create("hardware", "", value, 3, "").Errors, "hardware");

    [Theory]
    [MemberData(nameof(Bad))]
    public void DriverHigh_Bad_NamesTheDriver(double value) => ShouldFailOn(CostDriver.Create("quantization", "", 2, value, "").Errors, "quantization");

    [Fact]
    public void Driver_LowAboveHigh_NamesTheDriver()
    {
        var error = CostDriver.Create("architecture", "", 5, 3, "").Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("architecture");
        error.Reason.ShouldContain("above the high end");
    }

    [Fact]
    public void Driver_BelowOne_IsALossAndRejected() => ShouldFailOn(CostDriver.Create("software", "", 0.5, 2, "").Errors, "software");

    [Theory]
    [MemberData(nameof(Bad))]
    public void Cycles_Bad_NamesTheField(double value) =>
        ShouldFailOn(DriverCompounding.Run(DriverCatalogLoader.LoadBuiltIn().Value.Drivers, value, 1000).Errors, DriverFields.Cycles);

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(6)]
    public void Elasticity_Bad_NamesTheField(double value) => ShouldFailOn(DemandElasticity.FromValue(value).Errors, DriverFields.Elasticity);

    [Fact]
    public void Elasticity_Zero_IsAllowed_DemandIgnoresPrice() => DemandElasticity.FromValue(0).Succeeded.ShouldBeTrue();

    [Theory]
    [MemberData(nameof(Bad))]
    [InlineData(1)]
    public void ObservedPriceDrop_Bad_NamesTheField(double value) => ShouldFailOn(DemandElasticity.FromObserved(value, 4.5).Errors, DriverFields.ObservedPriceDrop);

    [Theory]
    [MemberData(nameof(Bad))]
    public void ObservedSpendGrowth_Bad_NamesTheField(double value) => ShouldFailOn(DemandElasticity.FromObserved(1000, value).Errors, DriverFields.ObservedSpendGrowth);

    [Fact]
    public void ObservedPair_ImplyingFallingTokens_NamesSpendGrowth()
    {
        // 100x cheaper with 0.005x the spend: tokens 0.5x, e = ln 0.5 / ln 100 < 0.
        var error = DemandElasticity.FromObserved(100, 0.005).Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe(DriverFields.ObservedSpendGrowth);
        error.Reason.ShouldContain("implies an elasticity");
    }

    [Theory]
    [MemberData(nameof(Bad))]
    [InlineData(0.5)]
    public void PriceDrop_Bad_NamesTheField(double value) =>
        ShouldFailOn(DemandProjection.Project(DemandElasticity.FromValue(1.2).Value, [10, value]).Errors, DriverFields.PriceDrops);

    [Fact]
    public void PriceDrops_Empty_NamesTheField() =>
        DemandProjection.Project(DemandElasticity.FromValue(1.2).Value, []).Errors.Single().Field.ShouldBe(DriverFields.PriceDrops);

    private static void ShouldFailOn(IReadOnlyList<InputError> errors, string field)
    {
        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe(field);
        error.Code.ShouldBe(ErrorCodes.OutOfRange);
        error.Reason.ShouldNotContain("Infinity", Case.Sensitive);
    }
}

using InferCost.Economics.Tasks;
using InferCost.Results;

namespace InferCost.Tests.EconomicsTests;

public class TaskValidationTests
{
    public static TheoryData<double> Bad => [0, -1, double.NaN, double.PositiveInfinity, 1e12];

    [Theory]
    [MemberData(nameof(Bad))]
    public void InputPrice_Bad_NamesTheField(double value) => ShouldFailOn(TokenPrices.List(value, 1).Errors, TaskFields.InputPrice);

    [Theory]
    [MemberData(nameof(Bad))]
    public void OutputPrice_Bad_NamesTheField(double value) => ShouldFailOn(TokenPrices.List(1, value).Errors, TaskFields.OutputPrice);

    [Theory]
    [MemberData(nameof(Bad))]
    public void Calls_Bad_NamesTheField(double value) => ShouldFailOn(TaskShape.Create(100, 10, value, 1).Errors, TaskFields.Calls);

    [Fact]
    public void Calls_Fractional_NamesTheField() => ShouldFailOn(TaskShape.Create(100, 10, 2.5, 1).Errors, TaskFields.Calls);

    [Theory]
    [MemberData(nameof(Bad))]
    public void Multiplier_Bad_NamesTheField(double value) => ShouldFailOn(TaskShape.Create(100, 10, 1, value).Errors, TaskFields.Multiplier);

    [Theory]
    [MemberData(nameof(Bad))]
    public void PriceDrop_Bad_NamesTheField(double value) => ShouldFailOn(NetChange.Of("", value, 1).Errors, TaskFields.PriceDrop);

    [Theory]
    [MemberData(nameof(Bad))]
    public void TokenGrowth_Bad_NamesTheField(double value) => ShouldFailOn(NetChange.Of("", 1, value).Errors, TaskFields.TokenGrowth);

    [Fact]
    public void BothPricesBad_BothReported() => TokenPrices.List(0, -1).Errors.Select(e => e.Field).ShouldBe([TaskFields.InputPrice, TaskFields.OutputPrice]);

    [Fact]
    public void UnknownShape_ListsTheKnownOnes()
    {
        var error = TaskCatalogLoader.LoadBuiltIn().Value.FindShape("nope").Errors.Single();
        error.Field.ShouldBe(TaskFields.Shape);
        error.Reason.ShouldContain("support-ticket");
    }

    private static void ShouldFailOn(IReadOnlyList<InputError> errors, string field)
    {
        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe(field);
        error.Code.ShouldBe(ErrorCodes.OutOfRange);
        error.Reason.ShouldContain("must be");
        error.Reason.ShouldNotContain("Infinity", Case.Sensitive);
    }
}

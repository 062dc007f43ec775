using InferCost.Reporting.Scenarios;
using InferCost.Reporting.Sweep;

namespace InferCost.Reporting.Tests;

public class SweepValueListTests
{
    private static IReadOnlyList<string> Expand(string text, bool tokens = false, bool numeric = true)
    {
        var result = SweepValueList.Expand(new ScenarioValue(text, "--x"), numeric, tokens);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        return [.. result.Value.Select(v => v.Text)];
    }

    private static string Error(string text, bool tokens = false, bool numeric = true)
    {
        var result = SweepValueList.Expand(new ScenarioValue(text, "--x"), numeric, tokens);
        result.Succeeded.ShouldBeFalse();
        result.Errors[0].Source.ShouldBe("--x");
        return result.Errors[0].Reason;
    }

    [Fact]
    public void Expand_GeometricTokenRange_DoublesFromLowToHigh() =>
        Expand("1k..128k*2", tokens: true).ShouldBe(["1024", "2048", "4096", "8192", "16384", "32768", "65536", "131072"]);

    [Fact]
    public void Expand_StepRange_IncludesTheHighEndDespiteRounding() =>
        Expand("1.05..1.35+0.1").Select(double.Parse).ShouldBe([1.05, 1.15, 1.25, 1.35], tolerance: 1e-12);

    [Fact]
    public void Expand_CountRange_EvenlySpaced() => Expand("0.4..0.8:5").Select(double.Parse).ShouldBe([0.4, 0.5, 0.6, 0.7, 0.8], tolerance: 1e-12);

    [Fact]
    public void Expand_WholeRangeAndListMixed() => Expand("1,2..4,max").ShouldBe(["1", "2", "3", "4", "max"]);

    [Fact]
    public void Expand_NamesList() => Expand("h100-sxm, h200-sxm", numeric: false).ShouldBe(["h100-sxm", "h200-sxm"]);

    [Theory]
    [InlineData("8..1", "backwards")]
    [InlineData("1..8*1", "factor after * above 1")]
    [InlineData("0..8*2", "low end above 0")]
    [InlineData("1..8+0", "step after + must be above 0")]
    [InlineData("1..8:1", "count after : must be a whole number")]
    [InlineData("0.5..0.9", "fractional ends")]
    [InlineData("1,,2", "empty item")]
    [InlineData("a..b", "is not a number")]
    public void Expand_BadRange_SaysWhatIsWrong(string text, string expected) => Error(text).ShouldContain(expected);

    [Fact]
    public void Expand_RangeOfNames_IsRefused() => Error("a..b", numeric: false).ShouldContain("takes names");
}

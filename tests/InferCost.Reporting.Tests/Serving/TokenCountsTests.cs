using InferCost.Reporting.Scenarios;
using InferCost.Reporting.Serving;
using InferCost.Serving.Workloads;

namespace InferCost.Reporting.Tests.Serving;

/// <summary>A length distribution as text: fixed, a number, uniform or log-normal; errors point at the option given.</summary>
public class TokenCountsTests
{
    private static ScenarioValue V(string text) => new(text, "--input-lengths");

    private static int[] Draw(TokenCountDistribution d, int n = 2_000)
    {
        var rng = new Random(3);
        return [.. Enumerable.Range(0, n).Select(_ => d.Sample(rng))];
    }

    [Theory]
    [InlineData("fixed", 1024)]
    [InlineData("FIXED", 1024)]
    [InlineData("300", 300)]
    [InlineData(" 7 ", 7)]
    public void Parse_Fixed_AlwaysTheSameLength(string text, int tokens) =>
        Draw(TokenCounts.Parse(V(text), scenario: 1024).Value, 50).ShouldAllBe(n => n == tokens);

    [Fact]
    public void Parse_Uniform_EveryLengthInTheRangeBothEndsIncluded()
    {
        var draws = Draw(TokenCounts.Parse(V("uniform:10..14"), 1024).Value);

        draws.Distinct().Order().ShouldBe([10, 11, 12, 13, 14]);
    }

    [Fact]
    public void Parse_LogNormal_HasTheMedianGiven()
    {
        var d = TokenCounts.Parse(V("lognormal:500:0.8"), 1024).Value;

        d.Median.ShouldBe(500);
        var draws = Draw(d).Order().ToArray();
        ((double)draws[draws.Length / 2]).ShouldBe(500, tolerance: 40);
    }

    [Theory]
    [InlineData("normal:500:1")]
    [InlineData("uniform:10-20")]
    [InlineData("uniform:a..b")]
    [InlineData("lognormal:500")]
    [InlineData("lognormal:x:1")]
    [InlineData("12.5")]
    [InlineData("")]
    public void Parse_NotADistribution_NamesTheOptionAndTheSyntax(string text)
    {
        var e = TokenCounts.Parse(V(text), 1024).Errors.Single();

        e.Source.ShouldBe("--input-lengths");
        e.Field.ShouldBe("");
        e.Reason.ShouldBe($"'{text}' is not a length distribution; use {TokenCounts.Syntax}.");
    }

    [Theory]
    [InlineData("0", "the length 0 is outside 1..16777216")]
    [InlineData("uniform:0..10", "the low end 0 is outside 1..16777216")]
    [InlineData("uniform:20..10", "the low end 20 is above the high end 10; give low <= high.")]
    [InlineData("lognormal:0.5:1", "the log-normal median 0.5 is outside 1..16777216")]
    [InlineData("lognormal:500:5", "the log-normal sigma 5 is outside 0.01..3")]
    public void Parse_OutOfRange_TheEnginesReasonPointedAtTheOption(string text, string reason)
    {
        var e = TokenCounts.Parse(V(text), 1024).Errors.Single();

        e.Source.ShouldBe("--input-lengths");
        e.Field.ShouldBe("");
        e.Reason.ShouldStartWith(reason);
    }

    [Fact]
    public void Parse_FixedWithAScenarioLengthOutOfRange_IsAnError() =>
        TokenCounts.Parse(V("fixed"), scenario: 0).Errors.Single().Reason.ShouldStartWith("the length 0 is outside");
}

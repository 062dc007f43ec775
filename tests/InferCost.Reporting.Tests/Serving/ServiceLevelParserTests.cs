using InferCost.Reporting.Scenarios;
using InferCost.Reporting.Serving;
using InferCost.Serving;

namespace InferCost.Reporting.Tests.Serving;

/// <summary>Latency objectives as text: each target parsed with its unit; each bad one named, with the syntax allowed.</summary>
public class ServiceLevelParserTests
{
    private static ScenarioValue V(string text) => new(text, "--slo");

    [Fact]
    public void Parse_TwoTargets_InOrderWithTheirUnits()
    {
        var slo = ServiceLevelParser.Parse(V("ttft_p90=2s, tpot_p99=100ms")).Value;

        slo.Targets.ShouldBe([
            new LatencyTarget(LatencyMetric.Ttft, 90, new Units.Seconds(2)),
            new LatencyTarget(LatencyMetric.Tpot, 99, new Units.Seconds(0.1)),
        ]);
    }

    [Theory]
    [InlineData("e2e_mean=30s", LatencyMetric.E2e, 0, 30)]
    [InlineData("itl_p50=500us", LatencyMetric.Itl, 50, 500e-6)]
    [InlineData("TTFT_P99=1.5S", LatencyMetric.Ttft, 99, 1.5)]
    [InlineData("e2e_p99=86400s", LatencyMetric.E2e, 99, 86_400)]
    public void Parse_EachMetricStatisticAndUnit(string text, LatencyMetric metric, double percentile, double seconds)
    {
        var t = ServiceLevelParser.Parse(V(text)).Value.Targets.Single();

        t.Metric.ShouldBe(metric);
        t.Percentile.ShouldBe(percentile);
        t.Limit.Value.ShouldBe(seconds, tolerance: 1e-15);
    }

    [Theory]
    [InlineData("ttft=2s")]
    [InlineData("ttft_p95=2s")]
    [InlineData("latency_p90=2s")]
    [InlineData("ttft_p90=2")]
    [InlineData("ttft_p90=2min")]
    [InlineData("ttft_p90=two s")]
    [InlineData("ttft_p90_x=2s")]
    [InlineData("ttft_p90")]
    public void Parse_NotAnObjective_NamesThePartAndTheSyntax(string text)
    {
        var e = ServiceLevelParser.Parse(V(text)).Errors.Single();

        e.Source.ShouldBe("--slo");
        e.Field.ShouldBe("");
        e.Reason.ShouldBe($"'{text}' is not a latency objective; use {ServiceLevelParser.Syntax}.");
    }

    [Theory]
    [InlineData("ttft_p90=0s")]
    [InlineData("ttft_p90=-1s")]
    [InlineData("e2e_p99=86401s")]
    public void Parse_LimitOutOfRange_SaysWhatIsAllowed(string text) =>
        ServiceLevelParser.Parse(V(text)).Errors.Single().Reason.ShouldBe($"'{text}': a limit must be above 0 and at most a day (86,400 s).");

    [Fact]
    public void Parse_OneBadTargetAmongGoodOnes_NamesTheBadOne() =>
        ServiceLevelParser.Parse(V("ttft_p90=2s,tpot_p97=50ms")).Errors.Single().Reason.ShouldStartWith("'tpot_p97=50ms' is not a latency objective");

    [Theory]
    [InlineData("")]
    [InlineData(" , ")]
    public void Parse_NoTarget_SaysSo(string text) =>
        ServiceLevelParser.Parse(V(text)).Errors.Single().Reason.ShouldBe($"'{text}' names no objective; use {ServiceLevelParser.Syntax}.");
}

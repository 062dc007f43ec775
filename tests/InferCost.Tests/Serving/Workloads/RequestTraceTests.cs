using System.Collections.Immutable;
using InferCost.Results;
using InferCost.Serving.Workloads;
using InferCost.Units;

namespace InferCost.Tests.Serving.Workloads;

/// <summary>Time scaling and the trace's own invariants.</summary>
public class RequestTraceTests
{
    private static RequestTrace Trace(params (double At, int In, int Out)[] rows) =>
        new("t", [.. rows.Select(r => new TraceRequest(new Seconds(r.At), r.In, r.Out))], "attribution");

    [Fact]
    public void Scaled_FactorTwo_HalvesTheDurationAndDoublesTheRate()
    {
        var trace = ShippedTraces.Load(ShippedTraces.AzureConversation).Value;

        var fast = trace.Scaled(2).Value;

        fast.Figures.Duration.Value.ShouldBe(trace.Figures.Duration.Value / 2, 1e-9);
        fast.Figures.MeanRatePerSecond!.Value.ShouldBe(trace.Figures.MeanRatePerSecond!.Value * 2, 1e-9);
        fast.Requests.Length.ShouldBe(trace.Requests.Length);
        fast.Figures.InputTokens.ShouldBe(trace.Figures.InputTokens);
        fast.Figures.OutputTokens.ShouldBe(trace.Figures.OutputTokens);
        fast.Attribution.ShouldBe(trace.Attribution);
    }

    [Fact]
    public void Scaled_EveryArrival_IsDividedByTheSpeed()
    {
        var slow = Trace((0, 1, 1), (3, 2, 2), (9, 3, 3)).Scaled(0.5).Value;

        slow.Requests.Select(r => r.Arrival.Value).ShouldBe([0, 6, 18]);
        slow.Requests.Select(r => r.InputTokens).ShouldBe([1, 2, 3]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(0.005)]
    [InlineData(1500)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Scaled_SpeedOutsideItsRange_IsRefusedWithTheFieldAndRange(double speed)
    {
        var result = Trace((0, 1, 1), (1, 1, 1)).Scaled(speed);

        result.Errors.Single().Field.ShouldBe("trace-speed");
        result.Errors.Single().Code.ShouldBe(ErrorCodes.OutOfRange);
        result.Errors.Single().Reason.ShouldContain("outside 0.01..1000");
    }

    [Fact]
    public void Figures_OneRequest_HasNoRate()
    {
        var f = Trace((0, 5, 7)).Figures;

        f.Requests.ShouldBe(1);
        f.Duration.ShouldBe(Seconds.Zero);
        f.MeanRatePerSecond.ShouldBeNull();
        f.InputTokens.ShouldBe(new TokenFigures(5, 5, 5, 5));
    }

    [Fact]
    public void Figures_SmallTrace_MeanMedianAndR8Percentile()
    {
        // Inputs 10, 20, ..., 100: mean 55, median 55; R-8 P90: h = (10 + 1/3) * 0.9 + 1/3 = 9.6333, so 90 + 0.6333 * 10.
        var f = Trace([.. Enumerable.Range(1, 10).Select(i => (i * 2.0, i * 10, 1))]).Figures;

        f.InputTokens.Mean.ShouldBe(55);
        f.InputTokens.Median.ShouldBe(55);
        f.InputTokens.P90.ShouldBe(96.3333333, 1e-6);
        f.MeanRatePerSecond!.Value.ShouldBe(9 / 18.0, 1e-12);
    }

    [Fact]
    public void Constructor_UnsortedOrEmptyOrZeroTokens_Throws()
    {
        Should.Throw<ArgumentException>(() => Trace((1, 1, 1), (0.5, 1, 1)));
        Should.Throw<ArgumentException>(() => Trace((0, 0, 1)));
        Should.Throw<ArgumentException>(() => Trace((0, 1, 0)));
        Should.Throw<ArgumentException>(() => new RequestTrace("t", ImmutableArray<TraceRequest>.Empty, null));
    }

    [Fact]
    public void TraceRequest_IsSixteenBytes() =>
        System.Runtime.CompilerServices.Unsafe.SizeOf<TraceRequest>().ShouldBe(16);
}

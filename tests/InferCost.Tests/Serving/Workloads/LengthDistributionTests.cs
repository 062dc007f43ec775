using InferCost.Results;
using InferCost.Serving.Workloads;

namespace InferCost.Tests.Serving.Workloads;

/// <summary>Synthetic lengths: repeatable for a seed, shaped as asked, allocation-free, and validated.</summary>
public class LengthDistributionTests
{
    private static TokenCountDistribution LogNormal(double median, double sigma) => TokenCountDistribution.LogNormal(median, sigma, "input-tokens").Value;

    [Fact]
    public void Sample_SameSeed_SameSequence()
    {
        var lengths = LengthDistribution.Independent(LogNormal(800, 1), TokenCountDistribution.Uniform(10, 500, "output-tokens").Value);

        var first = Draw(lengths, seed: 42, n: 1000);
        var again = Draw(lengths, seed: 42, n: 1000);
        var other = Draw(lengths, seed: 43, n: 1000);

        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    [Fact]
    public void LogNormal_SampleMedian_IsTheMedianAsked()
    {
        var rng = new Random(7);
        var d = LogNormal(500, 1);
        var samples = Enumerable.Range(0, 100_000).Select(_ => (double)d.Sample(rng)).Order().ToArray();

        // The sample median of 100k draws has a standard error of about 0.4% here; 2% is five of them.
        samples[50_000].ShouldBe(500, 500 * 0.02);
        d.Median.ShouldBe(500);
    }

    [Fact]
    public void LogNormal_LowMedianWideSigma_NeverGivesZeroTokens()
    {
        var rng = new Random(1);
        var d = LogNormal(1, 3);

        Enumerable.Range(0, 20_000).Select(_ => d.Sample(rng)).Min().ShouldBe(1);
    }

    [Fact]
    public void Uniform_CoversBothEndsAndNothingOutside()
    {
        var rng = new Random(3);
        var d = TokenCountDistribution.Uniform(5, 9, "input-tokens").Value;

        var seen = Enumerable.Range(0, 5_000).Select(_ => d.Sample(rng)).Distinct().Order().ToArray();

        seen.ShouldBe([5, 6, 7, 8, 9]);
        d.Median.ShouldBe(7);
    }

    [Fact]
    public void Fixed_AlwaysTheSameLengths()
    {
        var rng = new Random(3);
        var d = LengthDistribution.Fixed(1024, 128).Value;

        Enumerable.Range(0, 100).Select(_ => d.Sample(rng)).Distinct().ShouldBe([new LengthSample(1024, 128)]);
    }

    [Fact]
    public void Empirical_Samples_AreTheTracesPairs_AndCoverThem()
    {
        var trace = ShippedTraces.Load(ShippedTraces.AzureCode).Value;
        var pairs = trace.Requests.Select(r => new LengthSample(r.InputTokens, r.OutputTokens)).ToHashSet();
        var rng = new Random(11);
        var d = LengthDistribution.Empirical(trace);

        var drawn = Enumerable.Range(0, 50_000).Select(_ => d.Sample(rng)).ToArray();

        drawn.ShouldAllBe(s => pairs.Contains(s));
        // 50,000 draws with replacement from 8,819 requests miss each with probability e^(-5.7): nearly all are seen.
        drawn.Distinct().Count().ShouldBeGreaterThan((int)(pairs.Count * 0.95));
    }

    [Fact]
    public void Empirical_KeepsTheTracesMeanLengths()
    {
        var trace = ShippedTraces.Load(ShippedTraces.AzureConversation).Value;
        var rng = new Random(5);
        var d = LengthDistribution.Empirical(trace);

        var drawn = Enumerable.Range(0, 100_000).Select(_ => d.Sample(rng)).ToArray();

        drawn.Average(s => s.InputTokens).ShouldBe(trace.Figures.InputTokens.Mean, trace.Figures.InputTokens.Mean * 0.02);
        drawn.Average(s => s.OutputTokens).ShouldBe(trace.Figures.OutputTokens.Mean, trace.Figures.OutputTokens.Mean * 0.03);
    }

    [Fact]
    public void Sample_AllocatesNothing()
    {
        var trace = ShippedTraces.Load(ShippedTraces.AzureCode).Value;
        LengthDistribution[] all =
        [
            LengthDistribution.Empirical(trace),
            LengthDistribution.Independent(LogNormal(800, 1), TokenCountDistribution.Uniform(1, 100, "output-tokens").Value),
            LengthDistribution.Fixed(10, 10).Value,
        ];
        var rng = new Random(1);
        foreach (var d in all)
        {
            d.Sample(rng);
        }

        long Draw(int n)
        {
            long sum = 0;
            for (var i = 0; i < n; i++)
            {
                foreach (var d in all)
                {
                    sum += d.Sample(rng).InputTokens;
                }
            }

            return sum;
        }

        // Warm up past tiered compilation, whose one-off allocations on this thread are not the sampler's.
        Draw(20_000).ShouldBeGreaterThan(0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Draw(10_000).ShouldBeGreaterThan(0);

        // 30,000 draws: any allocation per draw would be at least 24 bytes each, 720 kB; a few hundred bytes of runtime
        // bookkeeping (on-stack replacement under a busy test host) is not the sampler's.
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1024);
    }

    [Theory]
    [InlineData(0, 1.0, "the log-normal median 0 is outside 1..16777216")]
    [InlineData(20_000_000, 1.0, "the log-normal median 20000000 is outside 1..16777216")]
    [InlineData(500, 0.0, "the log-normal sigma 0 is outside 0.01..3")]
    [InlineData(500, 3.5, "the log-normal sigma 3.5 is outside 0.01..3")]
    [InlineData(500, double.NaN, "the log-normal sigma NaN is outside 0.01..3")]
    public void LogNormal_ParametersOutsideTheirRange_AreRefused(double median, double sigma, string reason)
    {
        var error = TokenCountDistribution.LogNormal(median, sigma, "output-tokens").Errors.Single();

        error.Field.ShouldBe("output-tokens");
        error.Code.ShouldBe(ErrorCodes.OutOfRange);
        error.Reason.ShouldStartWith(reason);
    }

    [Fact]
    public void Uniform_BadEnds_AreRefused()
    {
        TokenCountDistribution.Uniform(10, 5, "input-tokens").Errors.Single().Reason.ShouldStartWith("the low end 10 is above the high end 5");
        TokenCountDistribution.Uniform(0, 5, "input-tokens").Errors.Single().Reason.ShouldStartWith("the low end 0 is outside 1..16777216");
        TokenCountDistribution.Uniform(1, 16_777_217, "input-tokens").Errors.Single().Reason.ShouldStartWith("the high end 16777217 is outside");
    }

    [Fact]
    public void Fixed_ZeroTokens_NamesBothFields() =>
        LengthDistribution.Fixed(0, 0).Errors.Select(e => e.Field).ShouldBe(["input-tokens", "output-tokens"]);

    private static LengthSample[] Draw(LengthDistribution d, int seed, int n)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => d.Sample(rng))];
    }
}

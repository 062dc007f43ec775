using InferCost.Results;
using InferCost.Serving.Workloads;

namespace InferCost.Tests.Serving.Workloads;

/// <summary>Arrival processes: the rate and burstiness asked for, repeatable for a seed, allocation-free, validated.</summary>
public class ArrivalProcessTests
{
    [Fact]
    public void Poisson_MeanGapOver100kSamples_IsOneOverTheRate()
    {
        var gaps = Gaps(ArrivalProcess.Poisson(4).Value, seed: 1, n: 100_000);

        // Exponential gaps: the mean of 100k has a standard error of 0.32% of 1/rate; 1.5% is almost five of them.
        gaps.Average().ShouldBe(0.25, 0.25 * 0.015);
        Cv(gaps).ShouldBe(1, 0.03);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(4)]
    public void Gamma_GapsHaveTheRequestedCoefficientOfVariationAndMean(double burstiness)
    {
        var process = ArrivalProcess.Gamma(10, burstiness).Value;

        var gaps = Gaps(process, seed: 2, n: 100_000);

        gaps.Average().ShouldBe(0.1, 0.1 * 0.01 * Math.Max(1, burstiness * 1.5));
        Cv(gaps).ShouldBe(burstiness, burstiness * 0.06);
        process.Burstiness.ShouldBe(burstiness);
        process.RatePerSecond.ShouldBe(10);
    }

    [Fact]
    public void Gamma_BurstinessOne_BehavesAsPoisson()
    {
        var gaps = Gaps(ArrivalProcess.Gamma(2, 1).Value, seed: 3, n: 100_000);

        gaps.Average().ShouldBe(0.5, 0.5 * 0.015);
        Cv(gaps).ShouldBe(1, 0.03);
    }

    [Fact]
    public void NextGap_SameSeed_SameSequence()
    {
        var process = ArrivalProcess.Gamma(3, 2.5).Value;

        Gaps(process, seed: 9, n: 500).ShouldBe(Gaps(process, seed: 9, n: 500));
        Gaps(process, seed: 9, n: 500).ShouldNotBe(Gaps(process, seed: 10, n: 500));
    }

    [Fact]
    public void NextGap_AllocatesNothing()
    {
        ArrivalProcess[] all = [ArrivalProcess.Poisson(5).Value, ArrivalProcess.Gamma(5, 13).Value];
        var rng = new Random(1);
        double Draw(int n)
        {
            var total = 0.0;
            for (var i = 0; i < n; i++)
            {
                foreach (var p in all)
                {
                    total += p.NextGap(rng).Value;
                }
            }

            return total;
        }

        // Warm up past tiered compilation, whose one-off allocations on this thread are not the process's.
        Draw(20_000).ShouldBeGreaterThan(0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Draw(10_000).ShouldBeGreaterThan(0);

        // 20,000 draws: any allocation per draw would be at least 24 bytes each, 480 kB; a few hundred bytes of runtime
        // bookkeeping (on-stack replacement under a busy test host) is not the process's.
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1024);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.0001)]
    [InlineData(150_000)]
    [InlineData(double.NaN)]
    public void Poisson_RateOutsideItsRange_IsRefusedInFieldTerms(double rate)
    {
        var error = ArrivalProcess.Poisson(rate).Errors.Single();

        error.Field.ShouldBe("rate");
        error.Code.ShouldBe(ErrorCodes.OutOfRange);
        error.Reason.ShouldContain("outside 0.001..100000");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.05)]
    [InlineData(25)]
    [InlineData(double.PositiveInfinity)]
    public void Gamma_BurstinessOutsideItsRange_IsRefusedInFieldTerms(double burstiness)
    {
        var error = ArrivalProcess.Gamma(1, burstiness).Errors.Single();

        error.Field.ShouldBe("burstiness");
        error.Reason.ShouldContain("outside 0.1..20");
    }

    [Fact]
    public void Gamma_BothBad_ReportsBoth() =>
        ArrivalProcess.Gamma(-1, 50).Errors.Select(e => e.Field).ShouldBe(["rate", "burstiness"]);

    private static double[] Gaps(ArrivalProcess process, int seed, int n)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => process.NextGap(rng).Value)];
    }

    private static double Cv(double[] gaps)
    {
        var mean = gaps.Average();
        var variance = gaps.Sum(g => (g - mean) * (g - mean)) / (gaps.Length - 1);
        return Math.Sqrt(variance) / mean;
    }
}

using CsCheck;
using InferCost.Serving.Workloads;

namespace InferCost.Tests.Serving.Workloads;

/// <summary>For any parameters the factories accept, every sample is a valid request: no NaN, no zero, nothing out of range.</summary>
public class WorkloadPropertyTests
{
    [Fact]
    public void LogNormal_AnyValidParameters_SamplesAreWholeTokensInRange() =>
        Gen.Select(Gen.Double[1, TraceLimits.MaxTokensPerRequest], Gen.Double[WorkloadLimits.MinSigma, WorkloadLimits.MaxSigma], Gen.Int).Sample((median, sigma, seed) =>
        {
            var d = TokenCountDistribution.LogNormal(median, sigma, "input-tokens").Value;
            var rng = new Random(seed);
            for (var i = 0; i < 200; i++)
            {
                d.Sample(rng).ShouldBeInRange(1, TraceLimits.MaxTokensPerRequest);
            }
        }, iter: 200);

    [Fact]
    public void Uniform_AnyValidEnds_SamplesLieBetweenThem() =>
        Gen.Select(Gen.Int[1, TraceLimits.MaxTokensPerRequest], Gen.Int[1, TraceLimits.MaxTokensPerRequest], Gen.Int).Sample((a, b, seed) =>
        {
            var (low, high) = (Math.Min(a, b), Math.Max(a, b));
            var d = TokenCountDistribution.Uniform(low, high, "output-tokens").Value;
            var rng = new Random(seed);
            for (var i = 0; i < 200; i++)
            {
                d.Sample(rng).ShouldBeInRange(low, high);
            }
        }, iter: 200);

    [Fact]
    public void Gamma_AnyValidParameters_GapsAreFiniteAndNotNegative() =>
        Gen.Select(Gen.Double[WorkloadLimits.MinRate, WorkloadLimits.MaxRate], Gen.Double[WorkloadLimits.MinBurstiness, WorkloadLimits.MaxBurstiness], Gen.Int).Sample((rate, burstiness, seed) =>
        {
            var p = ArrivalProcess.Gamma(rate, burstiness).Value;
            var rng = new Random(seed);
            for (var i = 0; i < 200; i++)
            {
                // Seconds rejects NaN and infinity where it is made, so drawing is the check; a gap is never negative.
                p.NextGap(rng).Value.ShouldBeGreaterThanOrEqualTo(0);
            }
        }, iter: 200);

    [Fact]
    public void Gamma_BurstinessOfTheCodeTrace_KeepsTheMeanRate()
    {
        // CV 13.2 (shape 0.0057): most gaps are near zero and a few are long; the mean of a million still lands on
        // 1 / rate (standard error 13.2 / sqrt(1e6) = 1.3%; 6% is more than four of them).
        var p = ArrivalProcess.Gamma(2.57, 13.2).Value;
        var rng = new Random(4);
        var sum = 0.0;
        for (var i = 0; i < 1_000_000; i++)
        {
            sum += p.NextGap(rng).Value;
        }

        (sum / 1_000_000).ShouldBe(1 / 2.57, 0.06 / 2.57);
    }
}

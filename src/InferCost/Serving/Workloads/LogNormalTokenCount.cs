using MathNetLogNormal = MathNet.Numerics.Distributions.LogNormal;

namespace InferCost.Serving.Workloads;

/// <summary>
/// Log-normal lengths, rounded to whole tokens and truncated to 1..<see cref="TraceLimits.MaxTokensPerRequest"/> by
/// drawing again (within the validated parameters at least half the draws are kept, so the loop ends at once; only a
/// median near either end shifts the kept median).
/// </summary>
internal sealed class LogNormalTokenCount(double median, double sigma) : TokenCountDistribution
{
    private readonly double _mu = Math.Log(median);

    /// <inheritdoc />
    public override double Median => median;

    /// <inheritdoc />
    public override int Sample(Random rng)
    {
        while (true)
        {
            var tokens = Math.Round(MathNetLogNormal.Sample(rng, _mu, sigma), MidpointRounding.AwayFromZero);
            if (tokens >= 1 && tokens <= TraceLimits.MaxTokensPerRequest)
            {
                return (int)tokens;
            }
        }
    }
}

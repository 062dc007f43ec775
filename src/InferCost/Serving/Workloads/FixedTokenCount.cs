namespace InferCost.Serving.Workloads;

/// <summary>Every request has the same length (the fixed-length benchmarks the published measurements use).</summary>
internal sealed class FixedTokenCount(int tokens) : TokenCountDistribution
{
    /// <inheritdoc />
    public override double Median => tokens;

    /// <inheritdoc />
    public override int Sample(Random rng) => tokens;
}

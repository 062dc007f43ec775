namespace InferCost.Serving.Workloads;

/// <summary>Every whole length from low to high, both included, equally likely.</summary>
internal sealed class UniformTokenCount(int low, int high) : TokenCountDistribution
{
    /// <inheritdoc />
    public override double Median => (low + (double)high) / 2;

    /// <inheritdoc />
    public override int Sample(Random rng) => rng.Next(low, high + 1);
}

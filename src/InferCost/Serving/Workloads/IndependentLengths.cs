namespace InferCost.Serving.Workloads;

/// <summary>Input and output lengths drawn independently (input first, then output, from the same generator).</summary>
internal sealed class IndependentLengths(TokenCountDistribution input, TokenCountDistribution output) : LengthDistribution
{
    /// <inheritdoc />
    public override LengthSample Sample(Random rng)
    {
        var i = input.Sample(rng);
        return new LengthSample(i, output.Sample(rng));
    }
}

using InferCost.Serving.Workloads;

namespace InferCost.Serving;

/// <summary>Closed-loop users' request lengths drawn from a distribution with a seed.</summary>
/// <param name="lengths">The distribution.</param>
/// <param name="seed">The seed: the same seed draws the same lengths.</param>
public sealed class DrawnLengths(LengthDistribution lengths, int seed) : IRequestLengths
{
    private readonly Random _rng = new(seed);

    /// <inheritdoc />
    public (int InputTokens, int OutputTokens) NextLengths()
    {
        var l = lengths.Sample(_rng);
        return (l.InputTokens, l.OutputTokens);
    }
}

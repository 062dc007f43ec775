using InferCost.Serving;

namespace InferCost.Tests.Serving;

/// <summary>Closed-loop lengths: always the same, or uniform from a seed.</summary>
internal sealed class FixedLengths(int input, int output, int spread = 0, int seed = 1) : IRequestLengths
{
    private readonly Random _rng = new(seed);

    public (int InputTokens, int OutputTokens) NextLengths() =>
        spread == 0 ? (input, output) : (input + _rng.Next(-spread, spread + 1), Math.Max(1, output + _rng.Next(-spread, spread + 1)));
}

using InferCost.Results;

namespace InferCost.Serving.Workloads;

/// <summary>
/// The input and output lengths of synthetic requests: each side from its own <see cref="TokenCountDistribution"/>
/// (<see cref="Independent"/>), or the pairs of a real trace drawn whole (<see cref="Empirical"/>), which keeps the
/// trace's correlation between prompt and answer. A sample allocates nothing; a seeded generator repeats its sequence.
/// </summary>
public abstract class LengthDistribution
{
    private protected LengthDistribution()
    {
    }

    /// <summary>One request's lengths.</summary>
    public abstract LengthSample Sample(Random rng);

    /// <summary>Input and output drawn independently, each from its own distribution.</summary>
    public static LengthDistribution Independent(TokenCountDistribution input, TokenCountDistribution output) =>
        new IndependentLengths(input, output);

    /// <summary>The (input, output) pairs of <paramref name="trace"/>, each request equally likely, drawn with replacement.</summary>
    public static LengthDistribution Empirical(RequestTrace trace) => new EmpiricalLengths(trace);

    /// <summary>Fixed input and output lengths (errors name the fields <c>input-tokens</c> and <c>output-tokens</c>).</summary>
    public static Result<LengthDistribution> Fixed(int inputTokens, int outputTokens)
    {
        var input = TokenCountDistribution.Fixed(inputTokens, "input-tokens");
        var output = TokenCountDistribution.Fixed(outputTokens, "output-tokens");
        return input.Succeeded && output.Succeeded
            ? Result.Ok(Independent(input.Value, output.Value))
            : Result.Fail<LengthDistribution>([.. input.Errors, .. output.Errors]);
    }
}

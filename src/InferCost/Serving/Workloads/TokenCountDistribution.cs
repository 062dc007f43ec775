using System.Globalization;
using InferCost.Results;

namespace InferCost.Serving.Workloads;

/// <summary>
/// How many tokens one side (input or output) of a synthetic request has: a whole number from 1 to
/// <see cref="TraceLimits.MaxTokensPerRequest"/>. Made by <see cref="Fixed"/>, <see cref="Uniform"/> or
/// <see cref="LogNormal"/>, which validate their parameters; a sample allocates nothing and depends only on the
/// generator's state, so a seeded generator gives the same sequence every run.
/// </summary>
public abstract class TokenCountDistribution
{
    private protected TokenCountDistribution()
    {
    }

    /// <summary>The median length, in tokens (what a reader compares with a trace's).</summary>
    public abstract double Median { get; }

    /// <summary>One length.</summary>
    public abstract int Sample(Random rng);

    /// <summary>Always <paramref name="tokens"/> tokens; errors name <paramref name="field"/> (e.g. <c>input-tokens</c>).</summary>
    public static Result<TokenCountDistribution> Fixed(int tokens, string field) =>
        InRange(tokens, field, "length").Map(t => (TokenCountDistribution)new FixedTokenCount(t));

    /// <summary>Every whole length from <paramref name="low"/> to <paramref name="high"/> (both included) equally likely.</summary>
    public static Result<TokenCountDistribution> Uniform(int low, int high, string field)
    {
        var errors = new List<InputError>();
        errors.AddRange(InRange(low, field, "low end").Errors);
        errors.AddRange(InRange(high, field, "high end").Errors);
        if (errors.Count == 0 && low > high)
        {
            errors.Add(new InputError("scenario", field, string.Create(CultureInfo.InvariantCulture, $"the low end {low} is above the high end {high}; give low <= high."), ErrorCodes.OutOfRange));
        }

        return errors.Count > 0 ? Result.Fail<TokenCountDistribution>(errors) : Result.Ok<TokenCountDistribution>(new UniformTokenCount(low, high));
    }

    /// <summary>
    /// Log-normal lengths with the given <paramref name="median"/> (tokens) and <paramref name="sigma"/> (of the
    /// natural log), rounded to whole tokens; a draw that rounds outside 1..<see cref="TraceLimits.MaxTokensPerRequest"/>
    /// is drawn again (a truncated log-normal, never a clamped one).
    /// </summary>
    public static Result<TokenCountDistribution> LogNormal(double median, double sigma, string field)
    {
        var errors = new List<InputError>();
        if (!double.IsFinite(median) || median < 1 || median > TraceLimits.MaxTokensPerRequest)
        {
            errors.Add(new InputError("scenario", field, string.Create(CultureInfo.InvariantCulture, $"the log-normal median {median} is outside 1..{TraceLimits.MaxTokensPerRequest}: a request has at least one token and at most the longest context of any model."), ErrorCodes.OutOfRange));
        }

        if (!double.IsFinite(sigma) || sigma < WorkloadLimits.MinSigma || sigma > WorkloadLimits.MaxSigma)
        {
            errors.Add(new InputError("scenario", field, string.Create(CultureInfo.InvariantCulture, $"the log-normal sigma {sigma} is outside {WorkloadLimits.MinSigma}..{WorkloadLimits.MaxSigma}: below, use a fixed length; 3 already spans a factor of 2,200 between P10 and P90 (the shipped traces measure 0.85 to 1.36)."), ErrorCodes.OutOfRange));
        }

        return errors.Count > 0 ? Result.Fail<TokenCountDistribution>(errors) : Result.Ok<TokenCountDistribution>(new LogNormalTokenCount(median, sigma));
    }

    private static Result<int> InRange(int tokens, string field, string what) =>
        tokens >= 1 && tokens <= TraceLimits.MaxTokensPerRequest
            ? Result.Ok(tokens)
            : Result.Fail<int>("scenario", field, string.Create(CultureInfo.InvariantCulture, $"the {what} {tokens} is outside 1..{TraceLimits.MaxTokensPerRequest}: a request has at least one token and at most the longest context of any model."), ErrorCodes.OutOfRange);
}

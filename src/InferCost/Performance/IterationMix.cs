namespace InferCost.Performance;

/// <summary>
/// The work of one forward pass of a serving engine, as a scheduler assembles it: one token for each decoding request,
/// each attending its own context, and prompt chunks of the requests being prefilled. A decode step at batch B and a
/// prefill of R prompts are the two pure cases; a continuous-batching iteration mixes them. With speculative decoding
/// each decoding request puts k + 1 query tokens through the pass (its last token and k drafts to verify), all
/// attending the KV it reads once.
/// </summary>
/// <param name="DecodeRequests">Requests decoding.</param>
/// <param name="DecodeTokens">Query tokens of those requests: one each, or k + 1 each when verifying drafts.</param>
/// <param name="DecodePositions">KV positions those requests attend, summed over them (read once per request).</param>
/// <param name="DecodeQueryPositions">(query, position) pairs of their attention: each request's positions times its queries.</param>
/// <param name="PrefillRequests">Requests with a prompt chunk in the pass.</param>
/// <param name="PrefillTokens">Prompt tokens of the chunks, summed.</param>
/// <param name="PrefillKeptPositions">KV positions the chunks write (a windowed layer's capped at its window), summed.</param>
/// <param name="PrefillAttentionPairs">Causal (query, key) pairs the chunks evaluate, summed.</param>
public readonly record struct IterationMix(
    double DecodeRequests,
    double DecodeTokens,
    double DecodePositions,
    double DecodeQueryPositions,
    double PrefillRequests,
    double PrefillTokens,
    double PrefillKeptPositions,
    double PrefillAttentionPairs)
{
    /// <summary>Requests in the pass.</summary>
    public double Requests => DecodeRequests + PrefillRequests;

    /// <summary>Tokens through the matrix products.</summary>
    public double Tokens => DecodeTokens + PrefillTokens;

    /// <summary>
    /// A decode step: <paramref name="batch"/> requests each attending the positions of <paramref name="context"/> tokens,
    /// with one query each, or k + 1 when the scenario verifies drafts (<see cref="ScenarioContext.QueriesPerDecode"/>).
    /// </summary>
    public static IterationMix Decode(ScenarioContext c, double batch, double context) => DecodeOf(c.QueriesPerDecode, batch, c.DecodeAttendedPositions(context));

    /// <summary><paramref name="batch"/> requests of <paramref name="queries"/> query tokens each, each attending <paramref name="positions"/> positions.</summary>
    public static IterationMix DecodeOf(double queries, double batch, double positions) =>
        new(batch, batch * queries, batch * positions, batch * queries * positions, 0, 0, 0, 0);

    /// <summary><paramref name="requests"/> requests of <paramref name="queries"/> query tokens each, attending <paramref name="positions"/> positions in all.</summary>
    public static IterationMix DecodeSum(double queries, double requests, double positions) =>
        new(requests, requests * queries, positions, queries * positions, 0, 0, 0, 0);

    /// <summary>The decode part of the mix alone.</summary>
    public IterationMix DecodePart => new(DecodeRequests, DecodeTokens, DecodePositions, DecodeQueryPositions, 0, 0, 0, 0);

    /// <summary>The prompt chunks of the mix alone.</summary>
    public IterationMix PrefillPart => new(0, 0, 0, 0, PrefillRequests, PrefillTokens, PrefillKeptPositions, PrefillAttentionPairs);

    /// <summary>The whole prefill of <paramref name="requests"/> prompts of <paramref name="input"/> tokens.</summary>
    public static IterationMix Prefill(ScenarioContext c, double requests, double input) =>
        new(0, 0, 0, 0, requests, requests * input, requests * c.Profile.KeptPositions(input), requests * c.Profile.PrefillAttentionPairs(input));

    /// <summary>
    /// One request's prompt chunk from position <paramref name="start"/> to <paramref name="end"/>: its tokens, the KV
    /// positions it adds and the pairs its queries attend (all earlier positions and the causal part of the chunk).
    /// </summary>
    public static IterationMix Chunk(ScenarioContext c, double start, double end) =>
        new(0, 0, 0, 0, 1, end - start, c.Profile.KeptPositions(end) - c.Profile.KeptPositions(start),
            c.Profile.PrefillAttentionPairs(end) - c.Profile.PrefillAttentionPairs(start));

    /// <summary>The two mixes in one pass.</summary>
    public static IterationMix operator +(IterationMix a, IterationMix b) => new(
        a.DecodeRequests + b.DecodeRequests,
        a.DecodeTokens + b.DecodeTokens,
        a.DecodePositions + b.DecodePositions,
        a.DecodeQueryPositions + b.DecodeQueryPositions,
        a.PrefillRequests + b.PrefillRequests,
        a.PrefillTokens + b.PrefillTokens,
        a.PrefillKeptPositions + b.PrefillKeptPositions,
        a.PrefillAttentionPairs + b.PrefillAttentionPairs);

    /// <summary>One of <paramref name="k"/> equal micro-batches of the mix.</summary>
    public static IterationMix operator /(IterationMix a, double k) => new(
        a.DecodeRequests / k, a.DecodeTokens / k, a.DecodePositions / k, a.DecodeQueryPositions / k, a.PrefillRequests / k, a.PrefillTokens / k, a.PrefillKeptPositions / k, a.PrefillAttentionPairs / k);
}

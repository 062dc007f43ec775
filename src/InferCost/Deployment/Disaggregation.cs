using System.Globalization;
using System.Text.RegularExpressions;
using InferCost.Results;

namespace InferCost.Deployment;

/// <summary>
/// Disaggregated prefill and decode (xPyD): <see cref="PrefillInstances"/> instances only prefill and
/// <see cref="DecodeInstances"/> instances only decode, each instance one replica of the scenario's layout; each request's
/// KV cache moves from its prefill instance to its decode instance over <see cref="Link"/>.
/// </summary>
/// <param name="PrefillInstances">Prefill instances (x), at least 1.</param>
/// <param name="DecodeInstances">Decode instances (y), at least 1.</param>
/// <param name="Link">The link the KV travels over.</param>
public sealed partial record Disaggregation(int PrefillInstances, int DecodeInstances, KvLink Link)
{
    /// <summary>The scenario field that sets it.</summary>
    public const string FieldId = "disaggregate";

    /// <summary>
    /// The most instances in one pool: 1,024 instances of even one GPU is beyond the largest published P/D deployments
    /// (SGLang's 96 x H100 ran 4 prefill and 9 decode nodes; DeepSeek's production unit is 18 decode nodes).
    /// </summary>
    public const int MaxInstances = 1_024;

    /// <summary>Instances in both pools.</summary>
    public int Instances => PrefillInstances + DecodeInstances;

    /// <summary>The spec as xPyD text (2P1D).</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{PrefillInstances}P{DecodeInstances}D");

    /// <summary>
    /// Parses "xPyD" (2P1D, 1p3d), or "none" / empty for an aggregated deployment (null), with the KV over
    /// <paramref name="link"/>.
    /// </summary>
    public static Result<Disaggregation?> Parse(string text, KvLink link)
    {
        var t = text.Trim();
        if (t.Length == 0 || t.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok<Disaggregation?>(null);
        }

        var m = Spec().Match(t);
        if (!m.Success)
        {
            return Result.Fail<Disaggregation?>("scenario", FieldId,
                $"'{text}' is not a disaggregation; write xPyD, x prefill and y decode instances (each one replica of the layout), e.g. 1P1D, 2P1D or 4P12D, or 'none' for one aggregated pool.");
        }

        return Of(Count(m.Groups[1].Value), Count(m.Groups[2].Value), link).Map(d => (Disaggregation?)d);
    }

    /// <summary>A checked spec: both counts from 1 to <see cref="MaxInstances"/>.</summary>
    public static Result<Disaggregation> Of(long prefill, long decode, KvLink link)
    {
        foreach (var (count, pool) in new[] { (prefill, "prefill"), (decode, "decode") })
        {
            if (count is < 1 or > MaxInstances)
            {
                return Result.Fail<Disaggregation>("scenario", FieldId,
                    $"the {pool} pool must have from 1 to {MaxInstances.ToString("#,0", CultureInfo.InvariantCulture)} instances (each pool needs at least one; more is beyond any published deployment), found {count.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        return Result.Ok(new Disaggregation((int)prefill, (int)decode, link));
    }

    // Digits beyond a long are caught by the range check as the largest long.
    private static long Count(string digits) => long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;

    [GeneratedRegex(@"^(\d+)\s*[pP]\s*(\d+)\s*[dD]$", RegexOptions.CultureInvariant)]
    private static partial Regex Spec();
}

using System.Globalization;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Deployment;

/// <summary>The link a disaggregated deployment's KV transfer uses: scale-out (default), scale-up or an explicit bandwidth per GPU.</summary>
/// <param name="Kind">Which link.</param>
/// <param name="Bandwidth">The bandwidth per GPU when <see cref="Kind"/> is <see cref="KvLinkKind.Explicit"/>; zero otherwise (the catalog's).</param>
public sealed record KvLink(KvLinkKind Kind, BytesPerSecond Bandwidth)
{
    /// <summary>The scenario field that sets it.</summary>
    public const string FieldId = "kv-link";

    /// <summary>The smallest explicit bandwidth per GPU, GB/s: 1 Gbit/s Ethernet is 0.125 GB/s; below 0.1 a KV transfer takes seconds.</summary>
    public const double MinGigabytesPerSecond = 0.1;

    /// <summary>The largest explicit bandwidth per GPU, GB/s: NVLink 5 is 900 GB/s per direction; 10,000 is beyond any link announced.</summary>
    public const double MaxGigabytesPerSecond = 10_000;

    /// <summary>The default: each GPU's RDMA NIC.</summary>
    public static KvLink ScaleOut { get; } = new(KvLinkKind.ScaleOut, BytesPerSecond.Zero);

    /// <summary>The scale-up fabric.</summary>
    public static KvLink ScaleUp { get; } = new(KvLinkKind.ScaleUp, BytesPerSecond.Zero);

    /// <summary>The link as text: scale-out, scale-up or the bandwidth in GB/s.</summary>
    public string Text => Kind switch
    {
        KvLinkKind.ScaleUp => "scale-up",
        KvLinkKind.Explicit => (Bandwidth.Value / 1e9).ToString("0.###", CultureInfo.InvariantCulture),
        _ => "scale-out",
    };

    /// <summary>Parses "scale-out", "scale-up" or a bandwidth per GPU in GB/s (e.g. 50).</summary>
    public static Result<KvLink> Parse(string text)
    {
        var t = text.Trim();
        if (t.Equals("scale-out", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok(ScaleOut);
        }

        if (t.Equals("scale-up", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok(ScaleUp);
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var gb) && double.IsFinite(gb))
        {
            return gb is >= MinGigabytesPerSecond and <= MaxGigabytesPerSecond
                ? Result.Ok(new KvLink(KvLinkKind.Explicit, BytesPerSecond.FromGigabytesPerSecond(gb)))
                : Result.Fail<KvLink>("scenario", FieldId,
                    $"a bandwidth must be from {MinGigabytesPerSecond.ToString(CultureInfo.InvariantCulture)} to {MaxGigabytesPerSecond.ToString("#,0", CultureInfo.InvariantCulture)} GB/s per GPU (1 GbE is 0.125; NVLink 5 is 900 per direction), found {t}.");
        }

        return Result.Fail<KvLink>("scenario", FieldId,
            $"'{text}' is not a KV link; use scale-out (each GPU's RDMA NIC), scale-up (the NVLink/NVL72 domain) or a bandwidth per GPU in GB/s such as 50.");
    }
}

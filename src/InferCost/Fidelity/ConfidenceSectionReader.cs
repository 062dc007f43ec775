using System.Collections.Immutable;
using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>
/// Reads a calibration profile's <c>confidence:</c> section (the error bands <c>infercost calibrate</c> measured):
/// <code>
/// confidence:
///   metric: output_tps
///   calibrated: { p10: -0.12, p90: 0.08, cases: 366 }
///   transferred: { ... }
///   priors: { ... }
///   mixtureOfExperts: { calibrated: { ... }, transferred: { ... }, priors: { ... } }
///   modelFamilies: { llama-4: { p10: 0.21, p90: 0.54, cases: 13 }, ... }
///   acceleratorFamilies: { hopper: { ... }, ... }
/// </code>
/// The top-level bands are dense models'; <c>mixtureOfExperts</c> holds MoE models' (optional); the family sections hold
/// the fitted profile's in-sample band per model and accelerator family (optional).
/// Every band is optional; the bands are made monotone on reading, so an edited profile cannot make a less sure basis
/// look surer than a surer one.
/// </summary>
internal static class ConfidenceSectionReader
{
    /// <summary>The section's key in a profile.</summary>
    public const string Key = "confidence";

    /// <summary>The bands in <paramref name="root"/>'s section, or null when it has none (errors go to the reader's list).</summary>
    public static ConfidenceBands? Read(YamlFieldReader root)
    {
        if (root.Map(Key, required: false) is not { } section)
        {
            return null;
        }

        var metric = section.Text("metric");
        var bands = Bands(section, metric);
        if (section.Map(MixtureOfExpertsKey, required: false) is { } moe)
        {
            bands = bands with { MixtureOfExperts = Bands(moe, metric) };
            moe.RejectUnknown();
        }

        bands = bands with
        {
            ModelFamilies = FamilyBands(section, ModelFamiliesKey),
            AcceleratorFamilies = FamilyBands(section, AcceleratorFamiliesKey),
            Layouts = FamilyBands(section, LayoutsKey),
        };
        section.RejectUnknown();
        return bands.Monotone();
    }

    /// <summary>The key of the bands measured on mixture-of-experts models' cases.</summary>
    public const string MixtureOfExpertsKey = "mixtureOfExperts";

    /// <summary>The key of the fitted profile's in-sample bands per model family.</summary>
    public const string ModelFamiliesKey = "modelFamilies";

    /// <summary>The key of the fitted profile's bands per kind of multi-GPU layout.</summary>
    public const string LayoutsKey = "layouts";

    /// <summary>The key of the fitted profile's in-sample bands per accelerator family.</summary>
    public const string AcceleratorFamiliesKey = "acceleratorFamilies";

    private static ImmutableSortedDictionary<string, ConfidenceBand> FamilyBands(YamlFieldReader section, string key)
    {
        var bands = ImmutableSortedDictionary.CreateBuilder<string, ConfidenceBand>(StringComparer.Ordinal);
        if (section.Map(key, required: false) is { } families)
        {
            foreach (var family in families.Keys.ToList())
            {
                if (Band(families, family) is { } band)
                {
                    bands[family] = band;
                }
            }

            families.RejectUnknown();
        }

        return bands.ToImmutable();
    }

    private static ConfidenceBands Bands(YamlFieldReader section, string metric) =>
        new(metric, Band(section, "calibrated"), Band(section, "transferred"), Band(section, "priors"));

    private static ConfidenceBand? Band(YamlFieldReader section, string basis)
    {
        if (section.Map(basis, required: false) is not { } b)
        {
            return null;
        }

        // A relative error cannot be below -1 (a prediction of zero); +100 (101x the measurement) is far beyond any band.
        var p10 = b.Number("p10", -1, 100, "10th percentile of (predicted - measured) / measured");
        var p90 = b.Number("p90", -1, 100, "90th percentile of (predicted - measured) / measured");
        var cases = b.Int("cases", 1, 10_000_000, "predictions the band was measured on");
        b.RejectUnknown();
        if (p10 > p90)
        {
            section.Error(basis, $"p10 ({p10}) must not exceed p90 ({p90}).");
            return null;
        }

        return new ConfidenceBand(p10, p90, cases);
    }
}

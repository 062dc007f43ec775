using InferCost.Catalog;

namespace InferCost.Reporting.Fidelity;

/// <summary>Writes a profile's error bands as the <c>confidence:</c> section that the calibration loader reads.</summary>
public static class ConfidenceSectionWriter
{
    /// <summary>Adds the section to a profile document being built; nothing when there are no bands.</summary>
    public static void AddTo(Dictionary<string, object> document, ConfidenceBands? bands)
    {
        if (bands is null)
        {
            return;
        }

        var section = new Dictionary<string, object> { ["metric"] = bands.Metric };
        AddBands(section, bands);
        if (bands.MixtureOfExperts is { } moe)
        {
            var moeSection = new Dictionary<string, object>();
            AddBands(moeSection, moe);
            section["mixtureOfExperts"] = moeSection;
        }

        foreach (var (key, families) in new[] { ("modelFamilies", bands.ModelFamilies), ("acceleratorFamilies", bands.AcceleratorFamilies), ("layouts", bands.Layouts) })
        {
            if (!families.IsEmpty)
            {
                section[key] = families.ToDictionary(kv => kv.Key, kv => (object)Band(kv.Value));
            }
        }

        document["confidence"] = section;
    }

    private static void AddBands(Dictionary<string, object> section, ConfidenceBands bands)
    {
        foreach (var (basis, band) in new[] { ("calibrated", bands.Calibrated), ("transferred", bands.Transferred), ("priors", bands.Priors) })
        {
            if (band is not null)
            {
                section[basis] = Band(band);
            }
        }
    }

    private static Dictionary<string, object> Band(ConfidenceBand band) =>
        new() { ["p10"] = Math.Round(band.P10, 4), ["p90"] = Math.Round(band.P90, 4), ["cases"] = band.Cases };
}

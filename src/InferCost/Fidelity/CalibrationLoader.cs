using System.Collections.Immutable;
using InferCost.Catalog;
using InferCost.Results;

namespace InferCost.Fidelity;

/// <summary>Reads a calibration profile (YAML, as <c>infercost calibrate</c> writes it), validating every field.</summary>
public static class CalibrationLoader
{
    /// <summary>Parses profile text; <paramref name="file"/> names it in errors.</summary>
    public static Result<CalibrationProfile> Parse(string text, string file) => Parse(text, file, null);

    /// <summary>
    /// Parses profile text, accepting only the families in <paramref name="knownFamilies"/> (the catalog's accelerator
    /// families; null accepts any). A misspelt family is reported as such, before its fields are read, so that the user
    /// sees "unknown family" rather than a complaint about a field the misspelt block happens to lack.
    /// </summary>
    public static Result<CalibrationProfile> Parse(string text, string file, IReadOnlyCollection<string>? knownFamilies)
    {
        var errors = new List<InputError>();
        if (YamlFieldReader.ParseRoot(text, file, errors) is not { } root)
        {
            return Result.Fail<CalibrationProfile>(errors);
        }

        var source = root.Map("source") is { } s ? CatalogLoader.ReadSource(s) : null;
        var families = ImmutableSortedDictionary.CreateBuilder<string, FamilyCalibration>(StringComparer.Ordinal);
        if (root.Map("families") is { } map)
        {
            foreach (var family in map.Keys.ToList())
            {
                if (knownFamilies is not null && !knownFamilies.Contains(family))
                {
                    _ = map.Map(family, required: false); // marks the key as read, so it is not also "not a known field"
                    map.Error(family, UnknownFamily(family, knownFamilies));
                    continue;
                }

                if (map.Map(family) is not { } f)
                {
                    continue;
                }

                var efficiency = CatalogLoader.ReadEfficiencyFields(f);
                var cases = f.Int("cases", 0, 10_000_000, "cases the fit used");
                var rms = f.Number("rmsLogError", 0, 100, "RMS of ln(predicted / measured)");
                f.RejectUnknown();
                families[family] = new FamilyCalibration(family, efficiency, cases, rms);
            }

            map.RejectUnknown();
        }

        var confidence = ConfidenceSectionReader.Read(root);
        root.RejectUnknown();
        return errors.Count > 0 || source is null
            ? Result.Fail<CalibrationProfile>(errors)
            : Result.Ok(new CalibrationProfile(source, families.ToImmutable()) { Confidence = confidence });
    }

    private static string UnknownFamily(string family, IReadOnlyCollection<string> knownFamilies)
    {
        var known = knownFamilies.Order(StringComparer.Ordinal).ToList();
        var nearest = NameSuggester.Nearest(family, known);
        var hint = nearest.Count > 0 ? $" (did you mean '{nearest[0]}'?)" : "";
        return $"unknown family '{family}'{hint}; known: {string.Join(", ", known)}.";
    }
}

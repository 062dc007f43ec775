using System.Collections.Immutable;
using InferCost.Catalog;
using InferCost.Units;
using InferCost.Validation;

namespace InferCost.Fidelity;

/// <summary>Reads a calibration profile (YAML, as <c>infercost calibrate</c> writes it), validating every field.</summary>
public static class CalibrationLoader
{
    /// <summary>Parses profile text; <paramref name="file"/> names it in errors.</summary>
    public static Result<CalibrationProfile> Parse(string text, string file)
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
                if (map.Map(family) is not { } f)
                {
                    continue;
                }

                var efficiency = new ServingEfficiency(
                    f.Number("bandwidthFraction", 0.01, 1, "fraction of peak bandwidth"),
                    f.Number("computeFraction", 0.01, 1, "fraction of peak FLOP/s"),
                    Seconds.FromMicroseconds(f.Number("stepOverheadUs", 0, 1_000_000, "microseconds per step")),
                    Seconds.FromMicroseconds(f.Number("requestOverheadUs", 0, 100_000, "microseconds per request per step")),
                    f.Number("usableMemoryFraction", 0.1, 1, "fraction of capacity"),
            f.Number("linkFraction", 0.01, 1, "fraction of scale-up peak"),
            f.Number("expertComputeFraction", 0.01, 1, "expert GEMM efficiency relative to dense"));
                var cases = f.Int("cases", 0, 10_000_000, "cases the fit used");
                var rms = f.Number("rmsLogError", 0, 100, "RMS of ln(predicted / measured)");
                f.RejectUnknown();
                families[family] = new FamilyCalibration(family, efficiency, cases, rms);
            }

            map.RejectUnknown();
        }

        root.RejectUnknown();
        return errors.Count > 0 || source is null
            ? Result.Fail<CalibrationProfile>(errors)
            : Result.Ok(new CalibrationProfile(source, families.ToImmutable()));
    }
}

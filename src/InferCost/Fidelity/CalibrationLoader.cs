using System.Collections.Immutable;
using InferCost.Catalog;
using InferCost.Results;
using InferCost.Units;

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
    public static Result<CalibrationProfile> Parse(string text, string file, IReadOnlyCollection<string>? knownFamilies) =>
        Parse(text, file, knownFamilies, null);

    /// <summary>
    /// Parses profile text, accepting only the families in <paramref name="knownFamilies"/> and the serving stacks in
    /// <paramref name="knownStacks"/> (the catalog's; null accepts any). A profile with only <c>families:</c> is read (its
    /// stacks keep their catalog priors); a family block that still carries the per-step overheads or usable memory of
    /// profiles older than the stack split fails with a message saying where they went.
    /// </summary>
    public static Result<CalibrationProfile> Parse(string text, string file, IReadOnlyCollection<string>? knownFamilies, IReadOnlyCollection<string>? knownStacks)
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

                RejectLegacyFields(f);
                var efficiency = CatalogLoader.ReadEfficiencyFields(f);
                var fitted = FittedKeys(f, EfficiencyFactor.Family);
                var cases = f.Int("cases", 0, 10_000_000, "cases the fit used");
                var rms = f.Number("rmsLogError", 0, 100, "RMS of ln(predicted / measured)");
                f.RejectUnknown();
                families[family] = new FamilyCalibration(family, efficiency, cases, rms, fitted);
            }

            map.RejectUnknown();
        }

        var stacks = ImmutableSortedDictionary.CreateBuilder<string, StackCalibration>(StringComparer.Ordinal);
        if (root.Map("stacks", required: false) is { } stackMap)
        {
            foreach (var stack in stackMap.Keys.ToList())
            {
                if (knownStacks is not null && !knownStacks.Contains(stack))
                {
                    _ = stackMap.Map(stack, required: false);
                    stackMap.Error(stack, Unknown("serving stack", stack, knownStacks));
                    continue;
                }

                if (stackMap.Map(stack) is not { } f)
                {
                    continue;
                }

                var factors = new StackFactors(
                    Seconds.FromMicroseconds(f.Number("passFixedUs", 0, 100_000, "microseconds per forward pass")),
                    Seconds.FromMicroseconds(f.Number("perKernelUs", 0, 1_000, "microseconds per kernel launched in a forward pass")),
                    Seconds.FromMicroseconds(f.Number("perRequestUs", 0, 10_000, "microseconds per request per step on the reference host")),
                    f.Number("kvPoolFraction", 0.05, 1, "the fraction the stack's KV-pool rule multiplies"),
                    f.Number("expertEfficiency", 0.01, 1, "the stack's MoE grouped GEMM relative to a dense GEMM"),
                    f.Number("blockFp8Efficiency", 0.01, 1, "the stack's block-scaled FP8 GEMMs relative to per-tensor FP8 GEMMs"));
                var fitted = FittedKeys(f, EfficiencyFactor.Stack);
                var cases = f.Int("cases", 0, 10_000_000, "cases the fit used");
                var rms = f.Number("rmsLogError", 0, 100, "RMS of ln(predicted / measured)");
                f.RejectUnknown();
                stacks[stack] = new StackCalibration(stack, factors, cases, rms, fitted);
            }

            stackMap.RejectUnknown();
        }

        var confidence = ConfidenceSectionReader.Read(root);
        root.RejectUnknown();
        return errors.Count > 0 || source is null
            ? Result.Fail<CalibrationProfile>(errors)
            : Result.Ok(new CalibrationProfile(source, families.ToImmutable(), stacks.ToImmutable()) { Confidence = confidence });
    }

    // The factors the fit set; each must be one of the owner's factors, named once.
    private static ImmutableArray<string> FittedKeys(YamlFieldReader f, IReadOnlyList<EfficiencyFactor> factors)
    {
        var keys = f.TextList("fitted");
        var known = factors.Select(x => x.Key).ToList();
        foreach (var key in keys.Where(k => !known.Contains(k, StringComparer.Ordinal)).Distinct())
        {
            f.Error("fitted", $"names '{key}', which is not a fitted factor here; allowed: {string.Join(", ", known)}.");
        }

        foreach (var key in keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            f.Error("fitted", $"names '{key}' twice.");
        }

        return [.. keys.Where(k => known.Contains(k, StringComparer.Ordinal)).Distinct()];
    }

    // Profiles written before the stack split fitted the software costs per family; say where they went rather than
    // calling them unknown.
    private static void RejectLegacyFields(YamlFieldReader f)
    {
        foreach (var (key, now) in new[] { ("stepOverheadUs", "passFixedUs and perKernelUs"), ("requestOverheadUs", "perRequestUs"), ("usableMemoryFraction", "kvPoolFraction"), ("expertComputeFraction", "expertEfficiency") })
        {
            if (f.OptionalNumber(key, double.MinValue, double.MaxValue, "") is not null)
            {
                f.Error(key, $"is a serving-stack factor now ({now} under stacks.<stack id>), not a family's; refit the profile with calibrate.");
            }
        }
    }

    private static string UnknownFamily(string family, IReadOnlyCollection<string> knownFamilies) => Unknown("family", family, knownFamilies);

    private static string Unknown(string kind, string name, IReadOnlyCollection<string> knownNames)
    {
        var known = knownNames.Order(StringComparer.Ordinal).ToList();
        var nearest = NameSuggester.Nearest(name, known);
        var hint = nearest.Count > 0 ? $" (did you mean '{nearest[0]}'?)" : "";
        return $"unknown {kind} '{name}'{hint}; known: {string.Join(", ", known)}.";
    }
}

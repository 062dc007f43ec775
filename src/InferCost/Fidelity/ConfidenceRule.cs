using System.Globalization;
using InferCost.Catalog;
using InferCost.Estimation;
using InferCost.Results;
using InferCost.Scenarios;

namespace InferCost.Fidelity;

/// <summary>
/// Says how far to trust an estimate, from what its efficiency factors rest on. Pure: the same catalog and scenario
/// always give the same answer.
/// </summary>
public static class ConfidenceRule
{
    /// <summary>
    /// The basis of an estimate: calibrated when the accelerator's family and the stack are both fitted, transferred when
    /// only one of them is, priors when neither is; projected (unreleased) hardware is never better than priors.
    /// <see cref="Assess"/> further lowers calibrated to transferred when a factor the scenario depends on kept its prior.
    /// </summary>
    public static ConfidenceBasis BasisOf(bool familyCalibrated, bool stackCalibrated, bool projected) =>
        projected ? ConfidenceBasis.Priors
        : familyCalibrated && stackCalibrated ? ConfidenceBasis.Calibrated
        : familyCalibrated || stackCalibrated ? ConfidenceBasis.Transferred
        : ConfidenceBasis.Priors;

    /// <summary>How far to trust an estimate of <paramref name="s"/> made with <paramref name="catalog"/>.</summary>
    public static EstimateConfidence Assess(InferCostCatalog catalog, Scenario s)
    {
        var a = s.Accelerator;
        var calibration = catalog.Calibration;

        var familyCases = calibration is not null && calibration.FittedFamilies.TryGetValue(a.Family, out var n) ? n : (int?)null;
        var stackCases = calibration is not null && calibration.FittedStacks.TryGetValue(s.Stack.Id, out var m) ? m : (int?)null;
        var stackFitted = stackCases is not null;
        var actingPriors = ActingKeptPriors(calibration, s);
        var basis = BasisOf(familyCases is not null, stackFitted, a.Projected);
        if (basis == ConfidenceBasis.Calibrated && actingPriors.Count > 0)
        {
            // A factor this scenario depends on was kept at its prior (the calibration cases did not identify it): the
            // estimate rests partly on priors, so it is no surer than a transferred one.
            basis = ConfidenceBasis.Transferred;
        }

        var moe = s.Model.Profile.Architecture.IsMixtureOfExperts;
        var basisBand = calibration?.Bands?.For(basis, moe);
        // The family bands describe the fitted profile's errors; with nothing fitted (--calibration none) they do not apply.
        var profileApplied = calibration is not null && (!calibration.FittedFamilies.IsEmpty || !calibration.FittedStacks.IsEmpty);
        var familyBands = WideningFamilyBands(profileApplied ? calibration!.Bands : null, basisBand, s.Model.Family, a.Family, LayoutKinds.Of(s.Layout));
        var band = familyBands.Aggregate(basisBand, (b, f) => b!.Enclosing(f.Band));
        var note = Note(basis, a, s.Stack.Id, familyCases is not null, stackFitted, calibration, basisBand, moe, actingPriors) + FamilyNote(familyBands);
        var priorSource = a.Sources.TryGetValue("efficiency", out var src) && !ReferenceEquals(src, calibration?.Source) ? $" ({src.Reference})" : "";
        var hardware = familyCases is { } cases
            ? string.Create(CultureInfo.InvariantCulture, $"calibrated: family {a.Family} on {cases} cases ({calibration!.Source.Reference}, {calibration.Source.Date})")
            : $"catalog prior from data/accelerators/{a.Id}.yaml{priorSource}";
        var software = stackCases is { } stackN
            ? string.Create(CultureInfo.InvariantCulture, $"calibrated: stack {s.Stack.Id} on {stackN} cases ({calibration!.Source.Reference}, {calibration.Source.Date})")
            : $"catalog prior from data/stacks/{s.Stack.Id}.yaml";
        var familyKept = calibration is not null && calibration.FamilyPriorsKept.TryGetValue(a.Family, out var fk) ? fk : [];
        var stackKept = calibration is not null && calibration.StackPriorsKept.TryGetValue(s.Stack.Id, out var sk) ? sk : [];
        const string kept = " (not fitted: the calibration cases inform it through fewer than two model families)";
        return new EstimateConfidence(
            basis,
            band,
            note,
            [
                .. EfficiencyFactor.Family.Select(f => new FactorProvenance(f.Key, f.Name, f.ToQuantity(f.Read(a.Efficiency)),
                    familyKept.Contains(f.Key) ? $"catalog prior from data/accelerators/{a.Id}.yaml{kept}" : hardware)),
                .. EfficiencyFactor.Stack.Select(f => new FactorProvenance(f.Key, f.Name, f.ToQuantity(f.Read(s.Stack.Factors)),
                    stackKept.Contains(f.Key) ? $"catalog prior from data/stacks/{s.Stack.Id}.yaml{kept}" : software)),
            ])
        {
            FamilyBands = familyBands,
        };
    }

    /// <summary>The estimate with its confidence attached (a failed estimate stays failed).</summary>
    public static Result<Estimate> WithConfidence(this Result<Estimate> estimate, InferCostCatalog catalog) =>
        estimate.Map(e => e with { Confidence = Assess(catalog, e.Scenario) });

    // The kept priors of the scenario's family and stack that act on this scenario: the bandwidth and FLOP/s fractions
    // and the stack's overhead and KV-pool factors always; the link fraction under tensor parallelism; the MoE kernel for
    // an MoE model; the block-FP8 kernel where the weight GEMMs run it.
    private static List<string> ActingKeptPriors(AppliedCalibration? calibration, Scenario s)
    {
        var acting = new List<string>();
        if (calibration is null)
        {
            return acting;
        }

        var context = new Performance.ScenarioContext(s);
        bool Acts(string key) => key switch
        {
            "linkFraction" => context.CollectiveGroup > 1,
            "expertEfficiency" => s.Model.Profile.Architecture.IsMixtureOfExperts,
            "blockFp8Efficiency" => context.BlockFp8KernelApplies,
            _ => true,
        };
        if (calibration.FamilyPriorsKept.TryGetValue(s.Accelerator.Family, out var family))
        {
            acting.AddRange(family.Where(Acts));
        }

        if (calibration.StackPriorsKept.TryGetValue(s.Stack.Id, out var stack))
        {
            acting.AddRange(stack.Where(Acts));
        }

        return acting;
    }

    /// <summary>
    /// How far beyond the basis band a family's own band must reach to widen it (a fraction): a few points either way are
    /// within the sampling error of a P10 or P90 over a few dozen cases, and widening on them would mark every estimate.
    /// </summary>
    public const double MaterialReach = 0.05;

    // The model's and the accelerator's family bands (the fitted profile's error on every published measurement of the
    // family: in-sample on its calibration rows, out of sample on its validation rows), and the band of the scenario's kind
    // of multi-GPU layout (measured on that kind's validation cases), that reach beyond the basis band:
    // the engine still misses those families, and an estimate for them must not look surer than that. None without a
    // basis band to widen.
    private static List<FamilyBand> WideningFamilyBands(ConfidenceBands? bands, ConfidenceBand? basisBand, string modelFamily, string acceleratorFamily, string layout)
    {
        var widening = new List<FamilyBand>();
        if (bands is null || basisBand is null)
        {
            return widening;
        }

        foreach (var (kind, family, byFamily) in new[] { ("model family", modelFamily, bands.ModelFamilies), ("accelerator family", acceleratorFamily, bands.AcceleratorFamilies), ("layout", layout, bands.Layouts) })
        {
            if (byFamily.TryGetValue(family, out var own) && (own.P10 < basisBand.P10 - MaterialReach || own.P90 > basisBand.P90 + MaterialReach))
            {
                widening.Add(new FamilyBand(kind, family, own));
            }
        }

        return widening;
    }

    private static string FamilyNote(List<FamilyBand> families) => families.Count == 0
        ? ""
        : " The band is widened to enclose " + string.Join(" and ", families.Select(f => string.Create(
            CultureInfo.InvariantCulture,
            $"the {f.Family} {f.Kind}'s own: the fitted profile predicts its {f.Band.Cases} published measurements at {f.Band.P10:+0%;-0%} to {f.Band.P90:+0%;-0%} (P10-P90)"))) + ".";

    private static string Note(
        ConfidenceBasis basis, Accelerator a, string stack, bool familyFitted, bool stackFitted, AppliedCalibration? calibration, ConfidenceBand? band, bool moe,
        List<string> actingPriors)
    {
        var why = basis switch
        {
            _ when a.Projected => $"{a.Id} is projected (not yet shipping): its figures are estimates and nothing was measured on it, so it is never better than priors",
            ConfidenceBasis.Transferred when familyFitted && stackFitted =>
                $"the {a.Family} family's factors and the {stack} stack's are fitted to measurements, but {string.Join(" and ", actingPriors)}, which this estimate depends on, kept {(actingPriors.Count > 1 ? "their priors" : "its prior")} (the calibration cases did not identify {(actingPriors.Count > 1 ? "them" : "it")})",
            ConfidenceBasis.Calibrated => $"the {a.Family} family's factors and the {stack} stack's are fitted to measurements",
            ConfidenceBasis.Transferred when !familyFitted => $"no measurements of the {a.Family} family: the {stack} stack's fitted factors with the family's catalog priors (transfer rule)",
            ConfidenceBasis.Transferred => $"the {a.Family} family is fitted but the {stack} stack is not: the stack's factors are catalog priors",
            _ when calibration is null => "no calibration applied: the catalog's prior efficiency factors",
            _ when calibration.FittedFamilies.IsEmpty && calibration.FittedStacks.IsEmpty => "calibration none: the catalog's prior efficiency factors",
            _ => $"no measurements of the {a.Family} family or its stack: the catalog's prior efficiency factors",
        };
        var measured = band is null
            ? "; no cross-validated band (the calibration profile has no confidence section: run infercost calibrate)"
            : string.Create(CultureInfo.InvariantCulture, $"; cross-validation measured {BandName(basis)} throughput errors of {band.P10:+0%;-0%} to {band.P90:+0%;-0%} (P10-P90, {band.Cases} cases{(moe ? " of MoE models" : "")})");
        return why + measured + ".";
    }

    private static string BandName(ConfidenceBasis basis) => basis switch
    {
        ConfidenceBasis.Calibrated => "held-out-model",
        ConfidenceBasis.Transferred => "held-out-accelerator-family",
        _ => "uncalibrated",
    };
}

using System.Collections.Concurrent;
using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>
/// Cross-validation of a calibration, on the calibration set only (validation rows are never fitted on; the full fit
/// predicts them once, for the family bands):
/// <list type="bullet">
/// <item>k-fold by model: the models are dealt into k folds (sorted by id, round robin), each fold's cases are predicted
/// by a profile fitted on the other folds only, so no model is ever in both train and test;</item>
/// <item>leave one accelerator family out: each family's cases predicted by a profile fitted on every other family's,
/// applied to the catalog as any profile is (a family without fitted factors takes the transfer rule);</item>
/// <item>leave one model family out: each model family's cases predicted by a profile fitted on the others'.</item>
/// </list>
/// The fits are independent, so they run in parallel; each writes only its own slot, so the result does not depend on
/// the order they finish in.
/// </summary>
public static class CrossValidator
{
    /// <summary>
    /// Runs the cross-validations and the full in-sample fit (each fitting families and stacks with at least
    /// <paramref name="minimumCases"/> cases, <see cref="Calibrator.Fit"/>); the profile carries the measured confidence bands.
    /// </summary>
    public static (CalibrationProfile Profile, CrossValidationResult Result) Run(
        InferCostCatalog catalog, IReadOnlyList<BenchmarkCase> cases, SourceRef source, int folds, int minimumCases = 10)
    {
        var fit = cases.Where(MeasurementSets.IsFitted).ToList();
        var models = fit.Select(c => c.Model).Distinct().Order(StringComparer.Ordinal).ToList();
        var k = Math.Clamp(folds, 2, Math.Max(2, models.Count));
        var foldOf = models.Select((m, i) => (m, i % k)).ToDictionary(x => x.m, x => x.Item2, StringComparer.Ordinal);
        var acceleratorFamilies = Groups(fit, c => catalog.Accelerators.TryGetValue(c.Gpu, out var a) ? a.Family : null);
        var modelFamilies = Groups(fit, c => catalog.Models.TryGetValue(c.Model, out var m) ? m.Family : null);

        // One job per fit: the k model folds, each held-out accelerator family, each held-out model family, the full fit.
        var jobs = new List<Func<BenchmarkCase, bool>>();
        jobs.AddRange(Enumerable.Range(0, k).Select(fold => (Func<BenchmarkCase, bool>)(c => foldOf[c.Model] == fold)));
        jobs.AddRange(acceleratorFamilies.Select(g => (Func<BenchmarkCase, bool>)(c => g.Value.Contains(c))));
        jobs.AddRange(modelFamilies.Select(g => (Func<BenchmarkCase, bool>)(c => g.Value.Contains(c))));
        jobs.Add(_ => false);
        var profiles = new CalibrationProfile[jobs.Count];
        var predictions = new CasePrediction?[jobs.Count][];
        // Largest fits first, handed out one at a time, so that no core is left with a big fit at the end.
        var order = Enumerable.Range(0, jobs.Count).OrderByDescending(j => fit.Count(c => !jobs[j](c))).ThenBy(j => j).ToList();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), j =>
        {
            var heldOut = jobs[j];
            profiles[j] = Calibrator.Fit(catalog, [.. fit.Where(c => !heldOut(c))], source, minimumCases);
            var predictor = new CasePredictor(profiles[j].ApplyTo(catalog));
            predictions[j] = [.. fit.Select(c => j == jobs.Count - 1 || heldOut(c) ? predictor.Predict(c) : null)];
        });

        var heldOutByModel = new CasePrediction[fit.Count];
        for (var i = 0; i < fit.Count; i++)
        {
            heldOutByModel[i] = predictions[foldOf[fit[i].Model]][i]!;
        }

        LeaveOneOutResult LeaveOneOut(string dimension, SortedDictionary<string, HashSet<BenchmarkCase>> groups, int first) =>
            new(dimension, [.. groups.Keys.Select((name, g) => new HeldOutGroup(
                name, profiles[first + g], [.. predictions[first + g].OfType<CasePrediction>()]))]);

        var byAccelerator = LeaveOneOut("accelerator family", acceleratorFamilies, k);
        var byModel = LeaveOneOut("model family", modelFamilies, k + acceleratorFamilies.Count);
        var uncalibrated = new CasePredictor(catalog);
        var full = new CasePredictor(profiles[^1].ApplyTo(catalog));
        var result = new CrossValidationResult(
            k, [.. predictions[^1].OfType<CasePrediction>()], heldOutByModel, byAccelerator, byModel, [.. fit.Select(uncalibrated.Predict)],
            [.. cases.Where(c => c.Set == MeasurementSet.Validation).Select(full.Predict)]);
        return (profiles[^1] with { Confidence = ConfidenceMeasurer.Measure(
            result,
            c => catalog.Models.TryGetValue(c.Model, out var m) && m.Profile.Architecture.IsMixtureOfExperts,
            c => catalog.Models.TryGetValue(c.Model, out var m) ? m.Family : c.Model,
            c => catalog.Accelerators.TryGetValue(c.Gpu, out var a) ? a.Family : c.Gpu) }, result);
    }

    // The cases of each group (by reference: two rows may be equal in every field), ordered by name; cases whose group is
    // unknown (a model or accelerator missing from the catalog) are in none: they cannot be predicted anyway.
    private static SortedDictionary<string, HashSet<BenchmarkCase>> Groups(List<BenchmarkCase> cases, Func<BenchmarkCase, string?> groupOf)
    {
        var groups = new SortedDictionary<string, HashSet<BenchmarkCase>>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            if (groupOf(c) is { } g)
            {
                if (!groups.TryGetValue(g, out var set))
                {
                    groups[g] = set = new HashSet<BenchmarkCase>(ReferenceEqualityComparer.Instance);
                }

                set.Add(c);
            }
        }

        return groups;
    }
}

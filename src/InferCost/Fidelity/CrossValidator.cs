using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>
/// k-fold cross-validation by model: the models are dealt into k folds (sorted by id, round robin), each fold's
/// cases are predicted by a profile fitted on the other folds only, so no model is ever in both train and test.
/// </summary>
public static class CrossValidator
{
    /// <summary>Runs the cross-validation and the full in-sample fit.</summary>
    public static (CalibrationProfile Profile, CrossValidationResult Result) Run(
        InferCostCatalog catalog, IReadOnlyList<BenchmarkCase> cases, SourceRef source, int folds)
    {
        var models = cases.Select(c => c.Model).Distinct().Order(StringComparer.Ordinal).ToList();
        var k = Math.Clamp(folds, 2, Math.Max(2, models.Count));
        var foldOf = models.Select((m, i) => (m, i % k)).ToDictionary(x => x.m, x => x.Item2, StringComparer.Ordinal);
        var heldOut = new CasePrediction[cases.Count];
        for (var fold = 0; fold < k; fold++)
        {
            var train = cases.Where(c => foldOf[c.Model] != fold).ToList();
            var profile = Calibrator.Fit(catalog, train, source);
            var predictor = new CasePredictor(profile.ApplyTo(catalog));
            for (var i = 0; i < cases.Count; i++)
            {
                if (foldOf[cases[i].Model] == fold)
                {
                    heldOut[i] = predictor.Predict(cases[i]);
                }
            }
        }

        var full = Calibrator.Fit(catalog, cases, source);
        var inSample = new CasePredictor(full.ApplyTo(catalog));
        return (full, new CrossValidationResult(k, [.. cases.Select(inSample.Predict)], heldOut));
    }
}

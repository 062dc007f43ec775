using System.Collections.Immutable;
using InferCost.Catalog;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace InferCost.Fidelity;

/// <summary>
/// Fits each accelerator family's achievable-efficiency factors (bandwidth, FLOP/s, per-step overhead, usable
/// memory, link and expert-GEMM efficiency) to measured cases by least squares on log error,
/// sum of ln(predicted / measured)^2, with the Nelder-Mead simplex (MathNet.Numerics). No factor is per case or per model.
/// </summary>
public static class Calibrator
{
    // A case that stops fitting in memory under trial factors costs as much as a 2.7x error, steering the simplex back.
    private const double UnsupportedPenalty = 1.0;

    /// <summary>Fits every family that has cases; families without cases are left out of the profile.</summary>
    public static CalibrationProfile Fit(InferCostCatalog catalog, IReadOnlyList<BenchmarkCase> cases, SourceRef source, int minimumCases = 3)
    {
        var families = ImmutableSortedDictionary.CreateBuilder<string, FamilyCalibration>(StringComparer.Ordinal);
        foreach (var group in cases
            .Where(c => catalog.Accelerators.ContainsKey(c.Gpu))
            .GroupBy(c => catalog.Accelerators[c.Gpu].Family))
        {
            var familyCases = group.ToList();
            var start = new CasePredictor(catalog);
            var predictable = familyCases.Where(c => start.Predict(c).Supported).ToList();
            if (predictable.Count < minimumCases)
            {
                continue;
            }

            families[group.Key] = FitFamily(catalog, group.Key, predictable);
        }

        return new CalibrationProfile(source, families.ToImmutable());
    }

    private static FamilyCalibration FitFamily(InferCostCatalog catalog, string family, List<BenchmarkCase> cases)
    {
        var startEfficiency = catalog.Accelerators.Values.First(a => a.Family == family).Efficiency;
        double Objective(Vector<double> x)
        {
            var trial = WithFamily(catalog, family, EfficiencyBounds.FromVector(x));
            var predictor = new CasePredictor(trial);
            double sum = 0;
            foreach (var c in cases)
            {
                var e = predictor.Predict(c).LogError;
                sum += e is { } v ? v * v : UnsupportedPenalty;
            }

            return sum;
        }

        var simplex = new NelderMeadSimplex(convergenceTolerance: 1e-7, maximumIterations: 4000);
        var initial = EfficiencyBounds.ToVector(startEfficiency);
        var step = Vector<double>.Build.Dense(EfficiencyBounds.Count, 0.5);
        var best = simplex.FindMinimum(ObjectiveFunction.Value(Objective), initial, step).MinimizingPoint;

        // One restart from the optimum escapes the simplex collapsing early on a flat ridge.
        best = simplex.FindMinimum(ObjectiveFunction.Value(Objective), best, step).MinimizingPoint;
        var fitted = EfficiencyBounds.FromVector(best);
        return new FamilyCalibration(family, fitted, cases.Count, Math.Sqrt(Objective(best) / cases.Count));
    }

    /// <summary>The catalog with one family's efficiency replaced.</summary>
    internal static InferCostCatalog WithFamily(InferCostCatalog catalog, string family, ServingEfficiency efficiency) => catalog with
    {
        Accelerators = catalog.Accelerators.ToImmutableSortedDictionary(
            kv => kv.Key,
            kv => kv.Value.Family == family ? kv.Value with { Efficiency = efficiency } : kv.Value,
            StringComparer.Ordinal),
    };
}

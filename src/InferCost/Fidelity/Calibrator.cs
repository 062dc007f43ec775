using System.Collections.Immutable;
using InferCost.Catalog;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace InferCost.Fidelity;

/// <summary>
/// Fits the hardware factors of each accelerator family (bandwidth, FLOP/s, link and expert-GEMM efficiency) and the
/// software factors of each serving stack (time per pass and per layer, host time per request, KV-pool fraction) to the
/// measured cases of the calibration set, by least squares on log error, sum of ln(predicted / measured)^2, with the
/// Nelder-Mead simplex (MathNet.Numerics). No factor is per case or per model.
/// </summary>
/// <remarks>
/// Each case is predicted with its stack's factors and its accelerator family's. The two kinds are fitted in turn rather
/// than jointly: every family given the stacks, then every stack given the families, until the total objective stops
/// falling. A joint simplex over all factors (4 per family x 5 families + 4 per stack) would crawl in 24 dimensions;
/// each alternate step is a small simplex over 4, and each step can only lower the objective, so the alternation converges.
/// A stack's factors are seen through every family that runs it, which is what lets a family without measurements borrow them.
/// </remarks>
public static class Calibrator
{
    // A case that stops fitting in memory under trial factors costs as much as a 2.7x error, steering the simplex back.
    private const double UnsupportedPenalty = 1.0;

    // Alternation stops when a round lowers the objective by less than this share, or after MaxRounds.
    private const double StopShare = 0.002;
    private const int MaxRounds = 4;

    /// <summary>
    /// Fits every family and every stack with at least <paramref name="minimumCases"/> predictable cases of the calibration
    /// set; the rest are left out of the profile (they keep their catalog priors). Ten cases at least by default: a fit of
    /// three to five factors on fewer measurements says more about the measurements than about the hardware.
    /// </summary>
    public static CalibrationProfile Fit(InferCostCatalog catalog, IReadOnlyList<BenchmarkCase> cases, SourceRef source, int minimumCases = 10)
    {
        var start = new CasePredictor(catalog);
        var fitted = cases
            .Where(c => c.Set == MeasurementSet.Calibration && catalog.Accelerators.ContainsKey(c.Gpu) && start.Predict(c).Supported)
            .ToList();
        var byFamily = Groups(fitted, c => catalog.Accelerators[c.Gpu].Family, minimumCases);
        var byStack = Groups(fitted, c => catalog.StackOf(c.Stack)!.Id, minimumCases);

        var current = catalog;
        var objective = Objective(current, fitted);
        for (var round = 0; round < MaxRounds; round++)
        {
            foreach (var (family, familyCases) in byFamily)
            {
                var efficiency = current.Accelerators.Values.First(a => a.Family == family).Efficiency;
                double FamilyObjective(Vector<double> x) => Objective(WithFamily(current, family, EfficiencyBounds.FromVector(x)), familyCases);
                var prior = EfficiencyBounds.ToVector(efficiency);
                var best = KeepUninformed(Minimise(FamilyObjective, prior), prior, FamilyObjective);
                current = WithFamily(current, family, EfficiencyBounds.FromVector(best));
            }

            foreach (var (stack, stackCases) in byStack)
            {
                var factors = current.Stacks[stack].Factors;
                double StackObjective(Vector<double> x) => Objective(WithStack(current, stack, StackBounds.FromVector(x)), stackCases);
                var prior = StackBounds.ToVector(factors);
                var best = KeepUninformed(Minimise(StackObjective, prior), prior, StackObjective);
                current = WithStack(current, stack, StackBounds.FromVector(best));
            }

            var next = Objective(current, fitted);
            var falling = next < objective * (1 - StopShare);
            objective = next;
            if (!falling)
            {
                break;
            }
        }

        return new CalibrationProfile(
            source,
            byFamily.ToImmutableSortedDictionary(
                g => g.Key,
                g => new FamilyCalibration(g.Key, current.Accelerators.Values.First(a => a.Family == g.Key).Efficiency, g.Value.Count, Rms(current, g.Value)),
                StringComparer.Ordinal),
            byStack.ToImmutableSortedDictionary(
                g => g.Key,
                g => new StackCalibration(g.Key, current.Stacks[g.Key].Factors, g.Value.Count, Rms(current, g.Value)),
                StringComparer.Ordinal));
    }

    /// <summary>The catalog with one family's efficiency replaced.</summary>
    internal static InferCostCatalog WithFamily(InferCostCatalog catalog, string family, ServingEfficiency efficiency) => catalog with
    {
        Accelerators = catalog.Accelerators.ToImmutableSortedDictionary(
            kv => kv.Key,
            kv => kv.Value.Family == family ? kv.Value with { Efficiency = efficiency } : kv.Value,
            StringComparer.Ordinal),
    };

    /// <summary>The catalog with one stack's fitted factors replaced (the default stack too, when it is that one).</summary>
    internal static InferCostCatalog WithStack(InferCostCatalog catalog, string stack, StackFactors factors)
    {
        var replaced = catalog.Stacks[stack] with { Factors = factors };
        return catalog with
        {
            Stacks = catalog.Stacks.SetItem(stack, replaced),
            Defaults = catalog.Defaults.Stack.Id == stack ? catalog.Defaults with { Stack = replaced } : catalog.Defaults,
        };
    }

    // A factor the cases cannot see (the link fraction when every case runs on one GPU, the MoE kernel's efficiency when
    // no case is MoE) ends wherever the simplex left it; it keeps its prior instead, so the profile claims nothing the
    // measurements did not show. Whether the cases see a factor is asked at the prior, where the logistic map is not
    // saturated (at a bound a factor the cases do see looks flat).
    private static Vector<double> KeepUninformed(Vector<double> best, Vector<double> prior, Func<Vector<double>, double> objective)
    {
        var result = best.Clone();
        var at = objective(prior);
        for (var i = 0; i < best.Count; i++)
        {
            var moved = prior.Clone();
            moved[i] += 1.0;
            var up = objective(moved);
            moved[i] -= 2.0;
            var down = objective(moved);
            if (Math.Abs(up - at) <= 1e-12 * Math.Max(1, at) && Math.Abs(down - at) <= 1e-12 * Math.Max(1, at))
            {
                result[i] = prior[i];
            }
        }

        return result;
    }

    private static SortedDictionary<string, List<BenchmarkCase>> Groups(List<BenchmarkCase> cases, Func<BenchmarkCase, string> key, int minimumCases)
    {
        var groups = new SortedDictionary<string, List<BenchmarkCase>>(StringComparer.Ordinal);
        foreach (var g in cases.GroupBy(key).Where(g => g.Count() >= minimumCases))
        {
            groups[g.Key] = [.. g];
        }

        return groups;
    }

    private static Vector<double> Minimise(Func<Vector<double>, double> objective, Vector<double> initial)
    {
        var simplex = new NelderMeadSimplex(convergenceTolerance: 1e-6, maximumIterations: 4000);
        var step = Vector<double>.Build.Dense(initial.Count, 0.5);
        var best = simplex.FindMinimum(ObjectiveFunction.Value(objective), initial, step).MinimizingPoint;

        // One restart from the optimum escapes the simplex collapsing early on a flat ridge.
        return simplex.FindMinimum(ObjectiveFunction.Value(objective), best, step).MinimizingPoint;
    }

    private static double Objective(InferCostCatalog catalog, List<BenchmarkCase> cases)
    {
        var predictor = new CasePredictor(catalog);
        double sum = 0;
        foreach (var c in cases)
        {
            var e = predictor.Predict(c).LogError;
            sum += e is { } v ? v * v : UnsupportedPenalty;
        }

        return sum;
    }

    private static double Rms(InferCostCatalog catalog, List<BenchmarkCase> cases) => Math.Sqrt(Objective(catalog, cases) / cases.Count);
}

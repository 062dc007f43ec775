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

    /// <summary>
    /// Model families a factor's cases must span for the factor to be fitted. Through one model family the fit cannot tell
    /// the stack's or the hardware's efficiency from that model's own unmodelled physics: fitted on Llama 4 Maverick
    /// alone, TensorRT-LLM's grouped-GEMM efficiency came out at 0.28 and made every other MoE model on that stack
    /// 10-20 points too slow in the validation set.
    /// </summary>
    public const int MinimumModelFamilies = 2;

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
            .Where(c => MeasurementSets.IsFitted(c) && catalog.Accelerators.ContainsKey(c.Gpu) && start.Predict(c).Supported)
            .ToList();
        var byFamily = Groups(fitted, c => catalog.Accelerators[c.Gpu].Family, minimumCases);
        var byStack = Groups(fitted, c => catalog.StackOf(c.Stack)!.Id, minimumCases);

        var current = catalog;
        var objective = Objective(current, fitted);
        var familyFitted = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var stackFitted = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var round = 0; round < MaxRounds; round++)
        {
            foreach (var (family, familyCases) in byFamily)
            {
                var efficiency = current.Accelerators.Values.First(a => a.Family == family).Efficiency;
                double FamilyObjective(Vector<double> x) => Objective(WithFamily(current, family, EfficiencyBounds.FromVector(x)), familyCases);
                var prior = EfficiencyBounds.ToVector(efficiency);
                var identified = Identified(prior, x => WithFamily(current, family, EfficiencyBounds.FromVector(x)), familyCases, catalog);
                var best = KeepPriors(Minimise(FamilyObjective, prior), prior, identified);
                familyFitted[family] = [.. EfficiencyFactor.Family.Where(f => identified[f.Index]).Select(f => f.Key)];
                current = WithFamily(current, family, EfficiencyBounds.FromVector(best));
            }

            foreach (var (stack, stackCases) in byStack)
            {
                var factors = current.Stacks[stack].Factors;
                double StackObjective(Vector<double> x) => Objective(WithStack(current, stack, StackBounds.FromVector(x)), stackCases);
                var prior = StackBounds.ToVector(factors);
                var identified = Identified(prior, x => WithStack(current, stack, StackBounds.FromVector(x)), stackCases, catalog);
                var best = KeepPriors(Minimise(StackObjective, prior), prior, identified);
                stackFitted[stack] = [.. EfficiencyFactor.Stack.Where(f => identified[f.Index]).Select(f => f.Key)];
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

        // A family or stack none of whose factors could be fitted is left out: it runs on its priors, as one without cases.
        return new CalibrationProfile(
            source,
            byFamily.Where(g => familyFitted[g.Key].Count > 0).ToImmutableSortedDictionary(
                g => g.Key,
                g => new FamilyCalibration(
                    g.Key, current.Accelerators.Values.First(a => a.Family == g.Key).Efficiency, g.Value.Count, Rms(current, g.Value), [.. familyFitted[g.Key]]),
                StringComparer.Ordinal),
            byStack.Where(g => stackFitted[g.Key].Count > 0).ToImmutableSortedDictionary(
                g => g.Key,
                g => new StackCalibration(g.Key, current.Stacks[g.Key].Factors, g.Value.Count, Rms(current, g.Value), [.. stackFitted[g.Key]]),
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

    // Which factors the cases identify: those whose move changes the predictions of cases from at least
    // MinimumModelFamilies model families. A factor the cases cannot see at all (the link fraction when every case runs
    // on one GPU, the MoE kernel's efficiency when no case is MoE) or see through one model family only would end
    // wherever the simplex left it or absorb that model's missing physics; it keeps its prior instead, so the profile
    // claims nothing the measurements did not show. Asked at the prior, where the logistic map is not saturated (at a
    // bound a factor the cases do see looks flat), with a move of one unit each way.
    private static bool[] Identified(Vector<double> prior, Func<Vector<double>, InferCostCatalog> at, List<BenchmarkCase> cases, InferCostCatalog catalog)
    {
        var basePredictor = new CasePredictor(at(prior));
        var baseline = cases.Select(c => basePredictor.Predict(c).LogError).ToArray();
        var identified = new bool[prior.Count];
        for (var i = 0; i < prior.Count; i++)
        {
            var families = new HashSet<string>(StringComparer.Ordinal);
            foreach (var step in new[] { 1.0, -1.0 })
            {
                var moved = prior.Clone();
                moved[i] += step;
                var predictor = new CasePredictor(at(moved));
                for (var j = 0; j < cases.Count; j++)
                {
                    if (!Same(predictor.Predict(cases[j]).LogError, baseline[j]))
                    {
                        families.Add(catalog.Models[cases[j].Model].Family);
                    }
                }
            }

            identified[i] = families.Count >= MinimumModelFamilies;
        }

        return identified;
    }

    private static bool Same(double? a, double? b) => a is { } x && b is { } y ? Math.Abs(x - y) <= 1e-12 : a is null && b is null;

    private static Vector<double> KeepPriors(Vector<double> best, Vector<double> prior, bool[] identified)
    {
        var result = best.Clone();
        for (var i = 0; i < best.Count; i++)
        {
            if (!identified[i])
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

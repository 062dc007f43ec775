using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>
/// Bias tables: the median signed and absolute error of the supported predictions grouped by accelerator, model family,
/// serving stack and weight precision, each set and each metric apart (a latency error and a throughput error have
/// opposite signs for the same fault, so they are never pooled). Over the analytic predictions only: the simulated serving
/// cases (bursts, queueing) would mix the simulator's error into a group's steady-state bias; they are summarised apart.
/// </summary>
public static class BiasAnalysis
{
    /// <summary>The dimensions, in the order the tables come in.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = ["accelerator", "model family", "stack", "precision", "layout"];

    /// <summary>Every group's bias, by dimension, then set, then group, then metric (ordinal).</summary>
    public static IReadOnlyList<BiasRow> Of(IReadOnlyList<CasePrediction> predictions, InferCostCatalog catalog)
    {
        var rows = new List<BiasRow>();
        var supported = predictions.Where(p => p.Supported && !p.Simulated).ToList();
        foreach (var dimension in Dimensions)
        {
            rows.AddRange(supported
                .GroupBy(p => (p.Case.Set, Group: GroupOf(dimension, p.Case, catalog), Metric: MetricNames.Of(p.Case.Metric)))
                .OrderBy(g => g.Key.Set)
                .ThenBy(g => g.Key.Group, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Metric, StringComparer.Ordinal)
                .Select(g =>
                {
                    var stats = ErrorStatistics.Of([.. g.Select(p => p.ErrorPercent!.Value)]);
                    return new BiasRow(dimension, g.Key.Set, g.Key.Group, g.Key.Metric, stats.Count, stats.MedianSignedPctError, stats.MedianAbsPctError);
                }));
        }

        return rows;
    }

    private static string GroupOf(string dimension, BenchmarkCase c, InferCostCatalog catalog) => dimension switch
    {
        "accelerator" => c.Gpu,
        "model family" => catalog.Models.TryGetValue(c.Model, out var m) ? m.Family : "(not in the catalog)",
        "stack" => c.Stack.Length == 0 ? "(not stated)" : (c.Stack + " " + c.StackVersion).Trim(),
        "layout" => LayoutKinds.Of(c),
        _ => Architecture.PrecisionFacts.Name(c.Weights),
    };

}

using System.Collections.Immutable;
using InferCost.Catalog;

namespace InferCost.Economics.Drivers;

/// <summary>The catalog's drivers data (data/economics/drivers.yaml), every figure from essay 004 with its source.</summary>
/// <param name="Drivers">The four drivers with their gain per cycle.</param>
/// <param name="Cycles">Cycles since late 2022 (essay 004: roughly two).</param>
/// <param name="HeadlineFactor">The essays' headline fall of the per-token price (1,000x).</param>
/// <param name="Observed">The essays' observed Jevons episode (1,000x cheaper, 4.5x the spend).</param>
/// <param name="PriceDrops">The price drops the demand table projects to by default.</param>
/// <param name="Sources">Sources by group (drivers, cycles, headline, observed, priceDrops).</param>
public sealed record DriverCatalog(
    IReadOnlyList<CostDriver> Drivers,
    double Cycles,
    double HeadlineFactor,
    ObservedJevons Observed,
    IReadOnlyList<double> PriceDrops,
    ImmutableSortedDictionary<string, SourceRef> Sources)
{
    /// <summary>The catalog file, relative to the catalog root.</summary>
    public const string File = "economics/drivers.yaml";
}

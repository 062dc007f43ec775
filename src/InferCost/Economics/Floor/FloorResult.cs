using System.Collections.Immutable;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>The physical floor of a scenario: the step, the cumulative layers per output token, and the total.</summary>
/// <param name="Scenario">The scenario (model, accelerator, precision, batch, context).</param>
/// <param name="Assumptions">The best-case facility and capital inputs used.</param>
/// <param name="Step">The replica's decode step.</param>
/// <param name="Layers">Memory energy, compute energy, interconnect energy, facility overhead, capital; each cumulative.</param>
/// <param name="Steps">The derivation (empty when not recording).</param>
/// <param name="Warnings">Remarks (projected hardware, ...).</param>
public sealed record FloorResult(
    Scenario Scenario,
    FloorAssumptions Assumptions,
    FloorStep Step,
    ImmutableArray<FloorLayer> Layers,
    IReadOnlyList<DerivationStep> Steps,
    IReadOnlyList<EstimateWarning> Warnings)
{
    /// <summary>Capital per GPU the capital layer spreads: GPU price + rack and system gear.</summary>
    public Dollars CapitalPerGpu { get; init; }

    /// <summary>Id of the capital layer (the last).</summary>
    public const string CapitalLayer = "capital";

    /// <summary>The floor: the last layer's running total.</summary>
    public DollarsPerMillionTokens Total => Layers[^1].Cumulative;

    /// <summary>Energy per output token of all the energy layers.</summary>
    public JoulesPerToken EnergyPerToken => Layers[^1].CumulativeEnergy;

    /// <summary>The floor without capital: the running total of the last energy layer.</summary>
    public DollarsPerMillionTokens EnergyOnly => Layers.Last(l => l.Id != CapitalLayer).Cumulative;

    /// <summary>The floor as a band from energy only to energy + capital (see <see cref="FloorBand"/>).</summary>
    public FloorBand Band => new(EnergyOnly, Total, "infercost floor: energy only .. energy + capital at best-case utilisation");
}

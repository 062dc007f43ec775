using System.Collections.Immutable;
using InferCost.Economics;
using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>What tokens cost.</summary>
/// <param name="PerGpuHour">Cost of a productive GPU-hour.</param>
/// <param name="PerReplicaHour">Cost of a productive hour of one TP group.</param>
/// <param name="PerMillionOutputTokens">Output tokens, priced by decode time.</param>
/// <param name="PerMillionInputTokens">Input tokens, priced by prefill time.</param>
/// <param name="Breakdown">Each layer of the stack, shares summing to 1.</param>
public sealed record CostFigures(
    DollarsPerHour PerGpuHour,
    DollarsPerHour PerReplicaHour,
    DollarsPerMillionTokens PerMillionOutputTokens,
    DollarsPerMillionTokens PerMillionInputTokens,
    ImmutableArray<CostComponent> Breakdown)
{
    /// <summary>The id of the one layer of a rented GPU's stack.</summary>
    public const string RentedLayerId = "rented-gpu";

    /// <summary>Whether these figures price owned GPUs bottom-up (the default) or rented GPUs at a price per GPU-hour.</summary>
    public CostBasis Basis { get; init; } = CostBasis.Owned;

    /// <summary>The rented price per GPU-hour these figures are priced at; null when owned.</summary>
    public DollarsPerHour? RentedGpuHourPrice { get; init; }

    /// <summary>The owner's bottom-up figures when these price rented GPUs (to show both side by side); null when owned.</summary>
    public CostFigures? BottomUp { get; init; }

    /// <summary>The owner's bottom-up figures: these, or <see cref="BottomUp"/> when these price rented GPUs.</summary>
    public CostFigures Owned => BottomUp ?? this;

    /// <summary>
    /// The layers that are electricity: GPU energy, host energy, the facility overhead on the IT power (PUE - 1), and the
    /// network's traffic energy outside the board (with its own PUE).
    /// </summary>
    public static readonly ImmutableArray<string> PowerLayerIds = ["gpu-energy", "host-energy", "facility", "network-energy"];

    /// <summary>The power layers' part of <see cref="PerMillionOutputTokens"/>.</summary>
    public DollarsPerMillionTokens PowerPerMillionOutputTokens =>
        new(Breakdown.Where(l => PowerLayerIds.Contains(l.Id)).Sum(l => l.PerMillionOutputTokens.Value));

    /// <summary>The power layers' part of <see cref="PerMillionInputTokens"/>.</summary>
    public DollarsPerMillionTokens PowerPerMillionInputTokens =>
        new(Breakdown.Where(l => PowerLayerIds.Contains(l.Id)).Sum(l => l.PerMillionInputTokens.Value));
}

using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>An accelerator's power envelope.</summary>
/// <param name="Tdp">Thermal design power: the most the board draws.</param>
/// <param name="Idle">Draw when idle with a model loaded.</param>
public sealed record PowerSpec(Watts Tdp, Watts Idle);

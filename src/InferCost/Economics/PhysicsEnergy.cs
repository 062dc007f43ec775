using System.Collections.Immutable;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>A decode step's energy from per-operation physics, per GPU.</summary>
/// <param name="StepEnergy">Energy of one decode step on one GPU.</param>
/// <param name="Power">That energy over the step time.</param>
/// <param name="JoulesPerOutputToken">Energy per output token, all GPUs of the replica.</param>
/// <param name="Components">GPU power by component (essay 001 section 4.1's breakdown), shares summing to 1.</param>
public sealed record PhysicsEnergy(Joules StepEnergy, Watts Power, JoulesPerToken JoulesPerOutputToken, ImmutableArray<PowerComponent> Components);

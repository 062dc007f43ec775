using InferCost.Estimation;

namespace InferCost.Analysis;

/// <summary>The tornado: every lever's swing around the base estimate, widest first.</summary>
/// <param name="Base">The scenario as given.</param>
/// <param name="Swings">Levers with at least one feasible setting, by span, widest first.</param>
/// <param name="Skipped">Settings that could not be estimated, in lever order (a lever none of whose settings could be estimated appears only here).</param>
public sealed record LeverResult(Estimate Base, IReadOnlyList<LeverSwing> Swings, IReadOnlyList<SkippedSetting> Skipped);

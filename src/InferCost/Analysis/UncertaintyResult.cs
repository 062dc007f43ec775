using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>What a Monte Carlo over a scenario's uncertain inputs found.</summary>
/// <param name="Scenario">The fixed inputs (each sampled input holds its low end here).</param>
/// <param name="Inputs">The sampled inputs.</param>
/// <param name="Samples">Samples drawn.</param>
/// <param name="Seed">The seed that reproduces them.</param>
/// <param name="Feasible">Samples that could be served; the statistics are over these.</param>
/// <param name="Infeasible">Samples that could not be served, counted by reason.</param>
/// <param name="Output">Spread of $/1M output tokens.</param>
/// <param name="Input">Spread of $/1M input tokens.</param>
/// <param name="Drivers">Each sampled input's rank correlation with $/1M output, strongest first; inputs that did not vary last.</param>
/// <param name="OutputHistogram">Histogram of $/1M output tokens over the served samples.</param>
/// <param name="OutputCosts">$/1M output tokens of every served sample, in draw order.</param>
public sealed record UncertaintyResult(
    Scenario Scenario,
    IReadOnlyList<SampledInput> Inputs,
    int Samples,
    int Seed,
    int Feasible,
    IReadOnlyDictionary<PointStatus, int> Infeasible,
    CostSpread Output,
    CostSpread Input,
    IReadOnlyList<InputDriver> Drivers,
    IReadOnlyList<HistogramBin> OutputHistogram,
    IReadOnlyList<DollarsPerMillionTokens> OutputCosts);

namespace InferCost.Serving.Workloads;

/// <summary>How long a trace's requests are along one side (input or output), in tokens.</summary>
/// <param name="Mean">The mean.</param>
/// <param name="Median">The median (R-8 quantile, as everywhere in the engine).</param>
/// <param name="P90">The 90th percentile (R-8 quantile).</param>
/// <param name="Max">The longest request.</param>
public sealed record TokenFigures(double Mean, double Median, double P90, int Max);

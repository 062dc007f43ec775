namespace InferCost.Fidelity;

/// <summary>The bias of one group of predictions: one value of a dimension (an accelerator, a stack), one set, one metric.</summary>
/// <param name="Dimension">What the cases are grouped by (accelerator, model family, stack, precision).</param>
/// <param name="Set">The measurement set the cases are in.</param>
/// <param name="Group">The group's value (h100-sxm, llama-3, trtllm 0.17.0, fp8).</param>
/// <param name="Metric">The metric's name.</param>
/// <param name="Cases">Supported cases in the group.</param>
/// <param name="MedianSignedPctError">Median signed error % (positive: the engine over-predicts).</param>
/// <param name="MedianAbsPctError">Median |error %|.</param>
public sealed record BiasRow(string Dimension, MeasurementSet Set, string Group, string Metric, int Cases, double MedianSignedPctError, double MedianAbsPctError);

using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>Fitted software factors of one serving stack, shared by every accelerator family that runs it.</summary>
/// <param name="Stack">The stack id (trtllm, vllm, ...).</param>
/// <param name="Factors">The fitted factors.</param>
/// <param name="Cases">Cases the fit used.</param>
/// <param name="RmsLogError">Root-mean-square of ln(predicted / measured) over those cases after the fit.</param>
public sealed record StackCalibration(string Stack, StackFactors Factors, int Cases, double RmsLogError);

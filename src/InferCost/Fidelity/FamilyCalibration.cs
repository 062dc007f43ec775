using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>Fitted efficiency of one accelerator family.</summary>
/// <param name="Family">The family (hopper, ampere, ...).</param>
/// <param name="Efficiency">The fitted factors, applied to every accelerator of the family.</param>
/// <param name="Cases">Cases the fit used.</param>
/// <param name="RmsLogError">Root-mean-square of ln(predicted / measured) over those cases after the fit.</param>
public sealed record FamilyCalibration(string Family, ServingEfficiency Efficiency, int Cases, double RmsLogError);

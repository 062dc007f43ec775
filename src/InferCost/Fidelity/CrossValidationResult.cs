namespace InferCost.Fidelity;

/// <summary>In-sample and held-out errors of a calibration on the calibration set, and the full fit's errors on the validation set.</summary>
/// <param name="Folds">Folds the models were split into.</param>
/// <param name="InSample">Predictions with the profile fitted on every case.</param>
/// <param name="HeldOut">Each case predicted by a profile fitted without its model's cases.</param>
/// <param name="ByAcceleratorFamily">Each accelerator family's cases predicted by a fit on the other families (the transfer rule applies).</param>
/// <param name="ByModelFamily">Each model family's cases predicted by a fit on the other model families.</param>
/// <param name="Uncalibrated">Each case predicted with no calibration at all (the catalog's priors).</param>
/// <param name="Validation">Each validation-set case predicted by the profile fitted on every calibration case (never fitted on).</param>
public sealed record CrossValidationResult(
    int Folds,
    IReadOnlyList<CasePrediction> InSample,
    IReadOnlyList<CasePrediction> HeldOut,
    LeaveOneOutResult ByAcceleratorFamily,
    LeaveOneOutResult ByModelFamily,
    IReadOnlyList<CasePrediction> Uncalibrated,
    IReadOnlyList<CasePrediction> Validation);

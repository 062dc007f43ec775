namespace InferCost.Fidelity;

/// <summary>
/// Which set a published measurement belongs to, decided by its source: calibration rows are fitted on, validation rows
/// never are, so their error is an honest out-of-sample figure.
/// </summary>
public enum MeasurementSet
{
    /// <summary>Fitted on by <c>calibrate</c>.</summary>
    Calibration,

    /// <summary>Never fitted on; only predicted and compared.</summary>
    Validation,
}

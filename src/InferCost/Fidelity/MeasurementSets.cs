namespace InferCost.Fidelity;

/// <summary>The names of the measurement sets, as case files and reports spell them.</summary>
public static class MeasurementSets
{
    /// <summary>The set's name: calibration or validation.</summary>
    public static string Name(MeasurementSet set) => set == MeasurementSet.Calibration ? "calibration" : "validation";
}

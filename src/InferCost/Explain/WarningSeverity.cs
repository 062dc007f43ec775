namespace InferCost.Explain;

/// <summary>How much a warning matters to the figures it accompanies.</summary>
public enum WarningSeverity
{
    /// <summary>Context the reader should know (e.g. which bound applies).</summary>
    Info,
    /// <summary>The figures hold but rest on something shaky (extrapolated hardware, an assumed default).</summary>
    Caution,
}

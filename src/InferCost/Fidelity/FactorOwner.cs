namespace InferCost.Fidelity;

/// <summary>Who carries a fitted factor: the accelerator family (hardware) or the serving stack (software).</summary>
public enum FactorOwner
{
    /// <summary>An accelerator family's hardware factor.</summary>
    Family,

    /// <summary>A serving stack's software factor.</summary>
    Stack,
}

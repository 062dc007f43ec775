namespace InferCost.Performance;

/// <summary>Which resource limits a forward step.</summary>
public enum Bound
{
    /// <summary>Moving bytes through memory takes longer than the arithmetic.</summary>
    Memory,
    /// <summary>The arithmetic takes longer than moving the bytes.</summary>
    Compute,
}

namespace InferCost.Analysis;

/// <summary>The cost levers of essay 001 section 10 (levers 3 and 5 are each split in two, as they move two inputs).</summary>
public enum LeverKind
{
    /// <summary>Lever 1: weight precision (KV unchanged).</summary>
    Quantization,
    /// <summary>Lever 2: requests decoded together.</summary>
    Batch,
    /// <summary>Lever 3: the share of the prompt each step attends to and stores (prompt caching, sparse attention, KV compression).</summary>
    AttendedContext,
    /// <summary>Lever 3: KV-cache precision, the other half of KV compression.</summary>
    KvPrecision,
    /// <summary>Lever 4: fraction of hours producing tokens.</summary>
    Utilisation,
    /// <summary>Lever 5: electricity price, by region.</summary>
    PowerPrice,
    /// <summary>Lever 5: facility power usage effectiveness.</summary>
    Pue,
    /// <summary>Lever 6: a different model of similar capability.</summary>
    Model,
}

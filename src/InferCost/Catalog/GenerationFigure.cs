namespace InferCost.Catalog;

/// <summary>A figure of an accelerator that changes from one hardware generation to the next at a per-generation rate.</summary>
public enum GenerationFigure
{
    /// <summary>Peak HBM bandwidth.</summary>
    HbmBandwidth,

    /// <summary>HBM capacity.</summary>
    HbmCapacity,

    /// <summary>Dense tensor FLOP/s, every precision at one rate (so the precisions keep their ratios).</summary>
    Compute,

    /// <summary>HBM access energy per bit.</summary>
    EnergyPerBit,

    /// <summary>Energy per dense FLOP, every precision at one rate.</summary>
    EnergyPerFlop,

    /// <summary>Thermal design power.</summary>
    Tdp,

    /// <summary>Idle power with a model loaded.</summary>
    IdlePower,

    /// <summary>Purchase price per GPU.</summary>
    Price,
}

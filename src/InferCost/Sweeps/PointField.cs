namespace InferCost.Sweeps;

/// <summary>A scenario input a sweep can vary point by point without re-resolving the scenario.</summary>
public enum PointField
{
    /// <summary>Requests per replica (0 = the largest that fits).</summary>
    Batch,

    /// <summary>Prompt tokens per request.</summary>
    InputTokens,

    /// <summary>Generated tokens per request.</summary>
    OutputTokens,

    /// <summary>Electricity price, USD/kWh.</summary>
    PowerPrice,

    /// <summary>Power usage effectiveness.</summary>
    Pue,

    /// <summary>Fraction of hours producing tokens.</summary>
    Utilisation,

    /// <summary>GPU purchase price, USD.</summary>
    GpuPrice,

    /// <summary>System and rack gear per GPU, USD.</summary>
    RackOverhead,

    /// <summary>Depreciation period, years.</summary>
    LifeYears,

    /// <summary>Drive power per GPU, W.</summary>
    StoragePower,

    /// <summary>Switches and optics per GPU, USD.</summary>
    NetworkGear,

    /// <summary>NIC and switch-port power per GPU, W.</summary>
    NicPower,

    /// <summary>Labour and software as a share of infrastructure cost.</summary>
    LabourShare,

    /// <summary>NVMe for KV-cache offload per GPU, TB (changes the drives' capital).</summary>
    OffloadTerabytes,
}

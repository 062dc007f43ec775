namespace InferCost.Analysis;

/// <summary>A numeric scenario input that an uncertainty analysis may sample.</summary>
public enum UncertainInput
{
    /// <summary>GPU purchase price, USD.</summary>
    Capex,

    /// <summary>Power usage effectiveness.</summary>
    Pue,

    /// <summary>Fraction of hours producing tokens.</summary>
    Utilisation,

    /// <summary>Electricity price, USD/kWh.</summary>
    PowerPrice,

    /// <summary>Depreciation period, years.</summary>
    LifeYears,

    /// <summary>Labour and software as a share of infrastructure cost.</summary>
    LabourShare,

    /// <summary>System and rack gear per GPU, USD.</summary>
    RackOverhead,

    /// <summary>Switches and optics per GPU, USD.</summary>
    NetworkCapex,

    /// <summary>NIC and switch-port power per GPU, W.</summary>
    NicPower,

    /// <summary>Drive power per GPU, W.</summary>
    StoragePower,

    /// <summary>NVMe provisioned per GPU for KV offload, TB.</summary>
    OffloadTerabytes,

    /// <summary>Requests decoded together per replica (a whole number).</summary>
    Batch,

    /// <summary>Prompt tokens per request (a whole number).</summary>
    InputTokens,

    /// <summary>Generated tokens per request (a whole number).</summary>
    OutputTokens,
}

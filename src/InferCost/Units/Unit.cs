namespace InferCost.Units;

/// <summary>The unit a <see cref="Quantity"/> is expressed in. Renderers choose prefixes; the engine never formats.</summary>
public enum Unit
{
    /// <summary>A pure number (a ratio of like quantities, a multiplier).</summary>
    Dimensionless,
    /// <summary>A share between 0 and 1 (rendered as a percentage).</summary>
    Fraction,
    /// <summary>A count of things (GPUs, layers, experts, requests).</summary>
    Count,
    /// <summary>Model parameters.</summary>
    Parameters,
    /// <summary>Tokens.</summary>
    Tokens,
    /// <summary>Bytes (decimal prefixes: 1 GB = 10^9 B).</summary>
    Bytes,
    /// <summary>Floating-point operations.</summary>
    Flops,
    /// <summary>Seconds.</summary>
    Seconds,
    /// <summary>Hours.</summary>
    Hours,
    /// <summary>Joules.</summary>
    Joules,
    /// <summary>Watts.</summary>
    Watts,
    /// <summary>US dollars.</summary>
    Dollars,
    /// <summary>Bytes per second.</summary>
    BytesPerSecond,
    /// <summary>FLOP per second.</summary>
    FlopsPerSecond,
    /// <summary>Arithmetic intensity, FLOP per byte.</summary>
    FlopsPerByte,
    /// <summary>US dollars per hour.</summary>
    DollarsPerHour,
    /// <summary>US dollars per kilowatt-hour.</summary>
    DollarsPerKilowattHour,
    /// <summary>Joules per byte moved.</summary>
    JoulesPerByte,
    /// <summary>Joules per FLOP.</summary>
    JoulesPerFlop,
    /// <summary>Tokens per second.</summary>
    TokensPerSecond,
    /// <summary>US dollars per million tokens.</summary>
    DollarsPerMillionTokens,
    /// <summary>Joules per token.</summary>
    JoulesPerToken,
    /// <summary>US dollars per joule.</summary>
    DollarsPerJoule,
}

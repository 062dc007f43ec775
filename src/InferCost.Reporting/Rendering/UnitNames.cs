using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>The unit of a raw value in machine-readable output (JSON, CSV headers): base SI units, no prefixes.</summary>
public static class UnitNames
{
    /// <summary>The unit's name as reports write it.</summary>
    public static string Of(Unit unit) => unit switch
    {
        Unit.Dimensionless => "",
        Unit.Fraction => "fraction",
        Unit.Count => "count",
        Unit.Parameters => "parameters",
        Unit.Tokens => "tokens",
        Unit.Bytes => "B",
        Unit.Flops => "FLOP",
        Unit.Seconds => "s",
        Unit.Hours => "h",
        Unit.Joules => "J",
        Unit.Watts => "W",
        Unit.Dollars => "USD",
        Unit.BytesPerSecond => "B/s",
        Unit.FlopsPerSecond => "FLOP/s",
        Unit.FlopsPerByte => "FLOP/B",
        Unit.DollarsPerHour => "USD/h",
        Unit.DollarsPerKilowattHour => "USD/kWh",
        Unit.JoulesPerByte => "J/B",
        Unit.JoulesPerFlop => "J/FLOP",
        Unit.TokensPerSecond => "tokens/s",
        Unit.DollarsPerMillionTokens => "USD/1M tokens",
        Unit.JoulesPerToken => "J/token",
        Unit.DollarsPerJoule => "USD/J",
        _ => unit.ToString(),
    };
}

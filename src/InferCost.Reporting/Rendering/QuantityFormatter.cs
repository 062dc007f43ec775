using System.Globalization;
using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>
/// Formats quantities for people: culture-invariant, four significant figures, SI prefixes, decimal
/// bytes (1 GB = 10^9 B). The one place where numbers become text.
/// </summary>
public static class QuantityFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly (double Factor, string Prefix)[] Prefixes =
    [
        (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n"), (1e-12, "p"),
    ];

    /// <summary>A quantity as people read it: SI prefixes, decimal bytes, a unit suffix, culture invariant.</summary>
    public static string Format(Quantity q) => q.Unit switch
    {
        Unit.Dimensionless => Significant(q.Value),
        Unit.Fraction => (q.Value * 100).ToString("0.0", Invariant) + "%",
        Unit.Count => Count(q.Value),
        Unit.Parameters => Prefixed(q.Value, "", large: true) + " params",
        Unit.Tokens => Count(q.Value) + " tokens",
        Unit.Bytes => Prefixed(q.Value, "B", large: true),
        Unit.Flops => Prefixed(q.Value, "FLOP", large: true),
        Unit.Seconds => Prefixed(q.Value, "s", large: false),
        Unit.Hours => Count(q.Value) + " h",
        Unit.Joules => Prefixed(q.Value, "J", large: false),
        Unit.Watts => Prefixed(q.Value, "W", large: false),
        Unit.Dollars => Money(q.Value),
        Unit.BytesPerSecond => Prefixed(q.Value, "B/s", large: true),
        Unit.FlopsPerSecond => Prefixed(q.Value, "FLOP/s", large: true),
        Unit.FlopsPerByte => Significant(q.Value) + " FLOP/B",
        Unit.DollarsPerHour => Money(q.Value) + "/h",
        Unit.DollarsPerKilowattHour => Money(q.Value) + "/kWh",
        Unit.JoulesPerByte => Significant(q.Value * 1e12) + " pJ/B",
        Unit.JoulesPerFlop => Significant(q.Value * 1e12) + " pJ/FLOP",
        Unit.TokensPerSecond => Significant(q.Value) + " tok/s",
        Unit.DollarsPerMillionTokens => Money(q.Value) + "/1M tok",
        Unit.JoulesPerToken => Prefixed(q.Value, "J/tok", large: false),
        Unit.DollarsPerJoule => "$" + Significant(q.Value) + "/J",
        _ => Significant(q.Value),
    };

    /// <summary>Four significant figures, no exponent for everyday magnitudes.</summary>
    public static string Significant(double v)
    {
        if (v == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(v);
        if (magnitude >= 1e6 || magnitude < 1e-3)
        {
            return v.ToString("0.###E+0", Invariant);
        }

        var decimals = Math.Clamp(3 - (int)Math.Floor(Math.Log10(magnitude)), 0, 6);
        return Math.Round(v, decimals).ToString("#,##0." + new string('#', decimals), Invariant);
    }

    private static string Count(double v) =>
        v == Math.Floor(v) && Math.Abs(v) < 1e15 ? v.ToString("#,##0", Invariant) : Significant(v);

    // Money keeps four significant figures in fixed notation (never an exponent), at least cents.
    private static string Money(double v)
    {
        var magnitude = Math.Abs(v);
        if (magnitude >= 1000)
        {
            return "$" + v.ToString("#,##0", Invariant);
        }

        var decimals = magnitude == 0 ? 2 : Math.Clamp(3 - (int)Math.Floor(Math.Log10(magnitude)), 2, 12);
        return "$" + v.ToString("#,##0.00" + new string('#', decimals - 2), Invariant);
    }

    private static string Prefixed(double v, string unit, bool large)
    {
        if (v == 0)
        {
            return unit.Length == 0 ? "0" : "0 " + unit;
        }

        foreach (var (factor, prefix) in Prefixes)
        {
            if (!large && factor > 1e3 && unit is "s")
            {
                continue;
            }

            if (Math.Abs(v) >= factor)
            {
                return Significant(v / factor) + " " + prefix + unit;
            }
        }

        return v.ToString("0.###E+0", Invariant) + " " + unit;
    }
}

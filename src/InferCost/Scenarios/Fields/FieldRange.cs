using System.Globalization;

namespace InferCost.Scenarios.Fields;

/// <summary>The values a numeric scenario field allows (both ends included), and why those.</summary>
/// <param name="Min">The smallest allowed value.</param>
/// <param name="Max">The largest allowed value.</param>
/// <param name="Reason">Why the range is what it is, for messages and documentation.</param>
public sealed record FieldRange(double Min, double Max, string Reason)
{
    /// <summary>Whether <paramref name="value"/> lies in the range (NaN never does).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>"from 1 to 3", with the unit when there is one ("from 0 to 10 USD/kWh").</summary>
    public string Describe(string unit) =>
        $"from {Format(Min)} to {Format(Max)}" + (unit.Length > 0 ? " " + unit : "");

    /// <summary>A number as messages write it: thousands separated, no trailing zeros, culture invariant.</summary>
    public static string Format(double value) =>
        Math.Abs(value) is >= 1e-4 and < 1e15 || value == 0
            ? value.ToString("#,##0.######", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}

using System.Globalization;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Fidelity;

/// <summary>Error percentages as report cells: a share (12.3%) or a signed one (+4.5%).</summary>
internal static class PercentCells
{
    public static ReportCell Pct(double pct) => Quantity.Share(pct / 100);

    public static ReportCell Signed(double pct) => (pct >= 0 ? "+" : "") + pct.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static ReportCell Signed(double? pct) => pct is { } v ? Signed(v) : "-";
}

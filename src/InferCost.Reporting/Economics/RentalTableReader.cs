using InferCost.Economics.Rental;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>
/// Reads GPU rental prices in the format of data/market/gpu-rentals.csv (unknown columns are ignored). Every bad row is
/// reported with its line and column, none skipped silently.
/// </summary>
public static class RentalTableReader
{
    /// <summary>The columns every rental file must have (note may be empty).</summary>
    public static readonly IReadOnlyList<string> Required =
        ["date", "accelerator", "provider", "tier", "usd_per_gpu_hour", "commitment", "source", "note"];

    /// <summary>Reads rentals from CSV text named <paramref name="file"/> in messages.</summary>
    public static (IReadOnlyList<GpuRental> Rentals, IReadOnlyList<InputError> Errors) Read(TextReader text, string file) =>
        MarketCsv.Read(text, file, Required, "rental price", row => new GpuRental(
            row.Date("date"),
            row.Text("accelerator"),
            row.Text("provider"),
            row.Choice("tier", "a provider tier", RentalNames.Tiers, RentalNames.Tier),
            new DollarsPerHour(row.Positive("usd_per_gpu_hour", "USD per GPU-hour")),
            row.Choice("commitment", "a commitment", RentalNames.Commitments, RentalNames.Commitment),
            row.Text("source"),
            row.Optional("note")));
}

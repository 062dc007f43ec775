using InferCost.Catalog;
using InferCost.Economics.Rental;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>
/// The GPU rental table of a catalog (the built-in one by default, or a folder laid out like data/ given as
/// <c>source</c>) and a user's rental file on top of it.
/// </summary>
public static class RentalTables
{
    /// <summary>The shipped rental table's resource path under data/.</summary>
    public const string Shipped = "market/gpu-rentals.csv";

    /// <summary>
    /// The shipped rentals extended by the rows of the CSV text <paramref name="userCsv"/> (named <paramref name="file"/>
    /// in messages); null text means the shipped table alone.
    /// </summary>
    public static Result<GpuRentalTable> Load(string? userCsv, string file, ICatalogSource? source = null) =>
        MarketSource.Text(source, Shipped, "the GPU rental prices").Bind(text => Read(text, "gpu-rentals.csv"))
            .Map(shipped => new GpuRentalTable(shipped))
            .Bind(table => userCsv is null ? Result.Ok(table) : Read(userCsv, file).Map(table.With));

    private static Result<IReadOnlyList<GpuRental>> Read(string csv, string file)
    {
        var (rentals, errors) = RentalTableReader.Read(new StringReader(csv), file);
        return errors.Count > 0 ? Result.Fail<IReadOnlyList<GpuRental>>(errors) : Result.Ok(rentals);
    }
}

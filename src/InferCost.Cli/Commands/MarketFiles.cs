using InferCost.Catalog;
using InferCost.Economics.Market;
using InferCost.Economics.Rental;
using InferCost.Reporting.Catalogs;
using InferCost.Reporting.Economics;
using InferCost.Reporting.Inputs;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary>The market tables a command reads: the shipped ones, extended by a user's file given with --prices or --rentals.</summary>
internal static class MarketFiles
{
    /// <summary>
    /// The API price table of the catalog in <paramref name="catalog"/> (--catalog; the built-in one when null), extended
    /// by the CSV at <paramref name="path"/> (--prices) when given.
    /// </summary>
    public static Result<ApiPriceTable> Prices(string? path, string? catalog) => CatalogChoice.SourceOf(catalog).Bind(source => Prices(path, source));

    /// <summary>
    /// The GPU rental table of the catalog in <paramref name="catalog"/> (--catalog; the built-in one when null),
    /// extended by the CSV at <paramref name="path"/> (--rentals) when given.
    /// </summary>
    public static Result<GpuRentalTable> Rentals(string? path, string? catalog) => CatalogChoice.SourceOf(catalog).Bind(source => Rentals(path, source));

    private static Result<ApiPriceTable> Prices(string? path, ICatalogSource source)
    {
        if (path is null)
        {
            return PriceTables.LoadShipped(source);
        }

        if (PathKinds.ReadableFileProblem(path) is { } problem)
        {
            return Result.Fail<ApiPriceTable>("--prices", "", problem + "; give a CSV file of API prices, or leave --prices out for the shipped table.");
        }

        return PriceTables.Load(File.ReadAllText(path), path, source);
    }

    private static Result<GpuRentalTable> Rentals(string? path, ICatalogSource source)
    {
        if (path is null)
        {
            return RentalTables.Load(null, "", source);
        }

        if (PathKinds.ReadableFileProblem(path) is { } problem)
        {
            return Result.Fail<GpuRentalTable>("--rentals", "", problem + "; give a CSV file of GPU rental prices, or leave --rentals out for the shipped table.");
        }

        return RentalTables.Load(File.ReadAllText(path), path, source);
    }
}

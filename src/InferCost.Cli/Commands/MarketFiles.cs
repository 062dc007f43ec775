using InferCost.Economics.Market;
using InferCost.Economics.Rental;
using InferCost.Reporting.Economics;
using InferCost.Reporting.Inputs;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary>The market tables a command reads: the shipped ones, extended by a user's file given with --prices or --rentals.</summary>
internal static class MarketFiles
{
    /// <summary>The API price table, extended by the CSV at <paramref name="path"/> (--prices) when given.</summary>
    public static Result<ApiPriceTable> Prices(string? path)
    {
        if (path is null)
        {
            return PriceTables.LoadShipped();
        }

        if (PathKinds.ReadableFileProblem(path) is { } problem)
        {
            return Result.Fail<ApiPriceTable>("--prices", "", problem + "; give a CSV file of API prices, or leave --prices out for the shipped table.");
        }

        return PriceTables.Load(File.ReadAllText(path), path);
    }

    /// <summary>The GPU rental table, extended by the CSV at <paramref name="path"/> (--rentals) when given.</summary>
    public static Result<GpuRentalTable> Rentals(string? path)
    {
        if (path is null)
        {
            return RentalTables.Load(null, "");
        }

        if (PathKinds.ReadableFileProblem(path) is { } problem)
        {
            return Result.Fail<GpuRentalTable>("--rentals", "", problem + "; give a CSV file of GPU rental prices, or leave --rentals out for the shipped table.");
        }

        return RentalTables.Load(File.ReadAllText(path), path);
    }
}

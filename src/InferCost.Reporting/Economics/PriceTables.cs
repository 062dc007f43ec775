using InferCost.Catalog;
using InferCost.Economics.Market;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>
/// The market tables of a catalog (the built-in one by default, or a folder laid out like data/ given as
/// <c>source</c>) and a user's price file on top of them.
/// </summary>
public static class PriceTables
{
    /// <summary>The shipped API price table's resource path under data/.</summary>
    public const string ShippedPrices = "market/api-prices.csv";

    /// <summary>The shipped claimed rates' resource path under data/.</summary>
    public const string ShippedClaims = "market/essay-price-trends.csv";

    /// <summary>The catalog's API list prices.</summary>
    public static Result<ApiPriceTable> LoadShipped(ICatalogSource? source = null) =>
        MarketSource.Text(source, ShippedPrices, "the API list prices").Bind(text => Read(text, "api-prices.csv")).Map(p => new ApiPriceTable(p));

    /// <summary>
    /// The shipped prices extended by the rows of the CSV text <paramref name="userCsv"/> (named <paramref name="file"/>
    /// in messages); null text means the shipped table alone.
    /// </summary>
    public static Result<ApiPriceTable> Load(string? userCsv, string file, ICatalogSource? source = null) =>
        LoadShipped(source).Bind(shipped => userCsv is null ? Result.Ok(shipped) : Read(userCsv, file).Map(shipped.With));

    /// <summary>The catalog's claimed decline rates (the essays' figures, with their source).</summary>
    public static Result<IReadOnlyList<ClaimedRate>> LoadClaims(ICatalogSource? source = null) =>
        MarketSource.Text(source, ShippedClaims, "the decline rates the essays claim").Bind(text =>
        {
            var (claims, errors) = ClaimedRateReader.Read(new StringReader(text), "essay-price-trends.csv");
            return errors.Count > 0 ? Result.Fail<IReadOnlyList<ClaimedRate>>(errors) : Result.Ok(claims);
        });

    private static Result<IReadOnlyList<ApiPrice>> Read(string csv, string file)
    {
        var (prices, errors) = PriceTableReader.Read(new StringReader(csv), file);
        return errors.Count > 0 ? Result.Fail<IReadOnlyList<ApiPrice>>(errors) : Result.Ok(prices);
    }
}

using System.Globalization;
using InferCost.Catalog;
using InferCost.Results;

namespace InferCost.Economics.Drivers;

/// <summary>Reads and validates data/economics/drivers.yaml.</summary>
public static class DriverCatalogLoader
{
    /// <summary>Reads the built-in copy.</summary>
    public static Result<DriverCatalog> LoadBuiltIn() => Load(new EmbeddedCatalogSource());

    /// <summary>Reads the file from <paramref name="source"/>.</summary>
    public static Result<DriverCatalog> Load(ICatalogSource source)
    {
        if (!source.Exists(DriverCatalog.File))
        {
            return Result.Fail<DriverCatalog>(source.Description, DriverCatalog.File, "is missing: it holds the drivers of `infercost drivers`.");
        }

        var errors = new List<InputError>();
        if (YamlFieldReader.ParseRoot(source.Read(DriverCatalog.File), DriverCatalog.File, errors) is not { } root)
        {
            return Result.Fail<DriverCatalog>(errors);
        }

        var g = DriverFields.GainRange;
        var drivers = new List<CostDriver>();
        foreach (var r in root.Items("drivers"))
        {
            var id = r.Text("id");
            var name = r.Text("name");
            var low = r.Number("low", g.Min, g.Max, "gain per cycle, low end");
            var high = r.Number("high", g.Min, g.Max, "gain per cycle, high end");
            var how = r.Text("how");
            r.RejectUnknown();
            if (low > high)
            {
                r.Error("low", $"{low} is above high ({high}).");
            }
            else if (drivers.Exists(d => d.Id == id))
            {
                r.Error("id", $"'{id}' is listed twice.");
            }
            else
            {
                drivers.Add(new CostDriver(id, name, low, high, how));
            }
        }

        var cycles = root.Number("cycles", DriverFields.CyclesRange.Min, DriverFields.CyclesRange.Max, "hardware cycles");
        var headline = root.Number("headlineFactor", 1.01, 1e9, "the headline fall of the per-token price");
        ObservedJevons? observed = null;
        if (root.Map("observed") is { } o)
        {
            observed = new ObservedJevons(
                o.Number("priceDrop", DriverFields.ObservedPriceDropRange.Min, DriverFields.ObservedPriceDropRange.Max, "observed price drop"),
                o.Number("spendGrowth", DriverFields.ObservedSpendGrowthRange.Min, DriverFields.ObservedSpendGrowthRange.Max, "observed spend growth"));
            o.RejectUnknown();
        }

        var drops = new List<double>();
        foreach (var text in root.TextList("priceDrops"))
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && DriverFields.PriceDropRange.Contains(d))
            {
                drops.Add(d);
            }
            else
            {
                root.Error("priceDrops", $"'{text}' must be a number {DriverFields.PriceDropRange.Describe("x")}.");
            }
        }

        var sources = CatalogLoader.ReadSources(root.Map("sources"), ["drivers", "cycles", "headline", "observed", "priceDrops"]);
        root.RejectUnknown();
        return errors.Count > 0 || observed is null
            ? Result.Fail<DriverCatalog>(errors.Count > 0 ? errors : [new InputError(DriverCatalog.File, "observed", "is required.")])
            : Result.Ok(new DriverCatalog(drivers, cycles, headline, observed, drops, sources));
    }
}

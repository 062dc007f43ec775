using InferCost.Catalog;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>Reads data/floor.yaml from a catalog source into <see cref="FloorDefaults"/>, every problem named by file and field.</summary>
public static class FloorDefaultsReader
{
    /// <summary>The catalog file that holds the floor's best-case inputs.</summary>
    public const string File = "floor.yaml";

    /// <summary>Reads the floor's defaults from <paramref name="source"/>.</summary>
    public static Result<FloorDefaults> Read(ICatalogSource source)
    {
        var errors = new List<InputError>();
        if (!source.Exists(File))
        {
            return Result.Fail<FloorDefaults>(source.Description, File, "is missing: it holds the physical floor's best-case power price, PUE, utilisation and life.");
        }

        if (YamlFieldReader.ParseRoot(source.Read(File), File, errors) is not { } root)
        {
            return Result.Fail<FloorDefaults>(errors);
        }

        var facility = root.Map("facility");
        var capital = root.Map("capital");
        var price = facility?.Number("powerUsdPerKwh", 0, FloorAssumptions.MaxPowerPrice, "USD per kWh") ?? 0;
        var pue = facility?.Number("pue", 1, FloorAssumptions.MaxPue, "facility power / IT power") ?? 1;
        facility?.RejectUnknown();
        var utilisation = capital?.Number("utilisation", 0.01, 1, "fraction of hours producing tokens") ?? 1;
        var life = capital?.Number("lifeYears", FloorAssumptions.MinLifeYears, FloorAssumptions.MaxLifeYears, "years") ?? 1;
        capital?.RejectUnknown();
        var sources = CatalogLoader.ReadSources(root.Map("sources"), ["facility", "utilisation", "lifeYears"]);
        root.RejectUnknown();
        return errors.Count > 0 || facility is null || capital is null
            ? Result.Fail<FloorDefaults>(errors)
            : Result.Ok(new FloorDefaults(new FloorAssumptions(new DollarsPerKilowattHour(price), pue, utilisation, life), sources));
    }
}

using InferCost.Economics.Floor;
using InferCost.Reporting.Catalogs;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>The floor's best-case defaults from the same catalog a face loaded (the built-in one, or a folder laid out like data/).</summary>
public static class FloorDefaultsChoice
{
    /// <summary>Reads data/floor.yaml from the catalog in <paramref name="folder"/> (the built-in one when null).</summary>
    public static Result<FloorDefaults> Load(string? folder) => CatalogChoice.SourceOf(folder).Bind(FloorDefaultsReader.Read);
}

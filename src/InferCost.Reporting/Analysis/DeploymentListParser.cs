using System.Globalization;
using InferCost.Analysis;
using InferCost.Catalog;
using InferCost.Results;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// Parses a list of deployments, <c>h200-sxm:8,h200-sxm:16,gb200:72</c>: comma-separated accelerator ids from the
/// catalog, each with the GPUs of one replica after a colon.
/// </summary>
public static class DeploymentListParser
{
    /// <summary>How a list is written, for messages.</summary>
    public const string Syntax = "accelerator:GPUs per replica, comma-separated, e.g. h200-sxm:8,h200-sxm:16,gb200:72";

    /// <summary>The deployments in the list, or every problem with it (each naming the entry).</summary>
    public static Result<IReadOnlyList<DeploymentSize>> Parse(string text, InferCostCatalog catalog)
    {
        var errors = new List<InputError>();
        var sizes = new List<DeploymentSize>();
        foreach (var entry in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors.Add(Error($"'{entry}' is not a deployment; write {Syntax}."));
                continue;
            }

            var accelerator = catalog.FindAccelerator(parts[0]);
            if (!accelerator.Succeeded)
            {
                errors.AddRange(accelerator.Errors.Select(e => new InputError(LayoutAnalysis.Input, "", $"'{entry}': {e.Reason}", e.Code)));
                continue;
            }

            var range = ScenarioFields.Gpus.Range!;
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gpus) || !range.Contains(gpus))
            {
                errors.Add(Error($"'{entry}': the GPUs per replica must be a whole number {range.Describe("")} ({range.Reason}), found '{parts[1]}'."));
                continue;
            }

            var size = new DeploymentSize(accelerator.Value.Id, gpus);
            if (sizes.Contains(size))
            {
                errors.Add(Error($"'{entry}' is listed twice; list each deployment once."));
                continue;
            }

            sizes.Add(size);
        }

        return errors.Count > 0 ? Result.Fail<IReadOnlyList<DeploymentSize>>(errors) : Result.Ok<IReadOnlyList<DeploymentSize>>(sizes);
    }

    private static InputError Error(string reason) => new(LayoutAnalysis.Input, "", reason);
}

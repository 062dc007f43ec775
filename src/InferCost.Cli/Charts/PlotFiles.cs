using InferCost.Reporting.Charts;

namespace InferCost.Cli.Charts;

/// <summary>Checks a chart path before any work is done, so a typo fails fast and clearly; writes the rendered chart there.</summary>
internal static class PlotFiles
{
    /// <summary>Null when the path is usable, else why not.</summary>
    public static string? Check(string path)
    {
        if (ChartImage.FormatOf(path) is null)
        {
            return $"'{path}' must end in .png or .svg.";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is null || Directory.Exists(folder) ? null : $"folder '{folder}' does not exist.";
    }

    /// <summary>Renders a chart in the format the path's extension names (checked by <see cref="Check"/>) and writes it there.</summary>
    public static void Write(string path, Func<ChartFormat, byte[]> render) =>
        File.WriteAllBytes(path, render(ChartImage.FormatOf(path) ?? ChartFormat.Png));
}

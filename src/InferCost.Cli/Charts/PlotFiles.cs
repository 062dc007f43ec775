using InferCost.Cli.Commands;
using InferCost.Reporting.Charts;

namespace InferCost.Cli.Charts;

/// <summary>Checks a chart path before any work is done, so a typo fails fast and clearly; writes the rendered chart there.</summary>
internal static class PlotFiles
{
    /// <summary>
    /// Null when a chart can be written to <paramref name="path"/>: a .png or .svg name that passes
    /// <see cref="OutputPaths.Problem"/> (an existing file only with <paramref name="force"/>); else why not.
    /// </summary>
    public static string? Check(string path, bool force) =>
        ChartImage.FormatOf(path) is null ? $"'{path}' must end in .png or .svg." : OutputPaths.Problem(path, force);

    /// <summary>Renders a chart in the format the path's extension names (checked by <see cref="Check"/>) and writes it there.</summary>
    public static void Write(string path, Func<ChartFormat, byte[]> render) =>
        File.WriteAllBytes(path, render(ChartImage.FormatOf(path) ?? ChartFormat.Png));
}

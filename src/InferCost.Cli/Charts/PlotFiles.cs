namespace InferCost.Cli.Charts;

/// <summary>Checks a chart path before any work is done, so a typo fails fast and clearly.</summary>
internal static class PlotFiles
{
    /// <summary>Null when the path is usable, else why not.</summary>
    public static string? Check(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
        {
            return $"'{path}' must end in .png or .svg.";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is null || Directory.Exists(folder) ? null : $"folder '{folder}' does not exist.";
    }

    /// <summary>Saves a plot in the format its extension names.</summary>
    public static void Save(ScottPlot.Plot plot, string path, int width = 900, int height = 700)
    {
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, width, height);
        }
        else
        {
            plot.SavePng(path, width, height);
        }
    }
}

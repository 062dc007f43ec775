using System.Text;
using ScottPlot;

namespace InferCost.Reporting.Charts;

/// <summary>
/// Renders a chart to bytes rather than to a path, so that a face chooses where they go (a file for the CLI, an HTTP
/// response for a web face).
/// </summary>
public static class ChartImage
{
    /// <summary>The chart as an image of <paramref name="width"/> x <paramref name="height"/> pixels.</summary>
    internal static byte[] Render(Plot plot, ChartFormat format, int width, int height) => format switch
    {
        ChartFormat.Svg => Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height)),
        _ => plot.GetImageBytes(width, height, ImageFormat.Png),
    };

    /// <summary>The format a file name's extension asks for (.png or .svg, any case), or null for any other.</summary>
    public static ChartFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".png" => ChartFormat.Png,
        ".svg" => ChartFormat.Svg,
        _ => null,
    };
}

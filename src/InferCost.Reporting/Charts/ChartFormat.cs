namespace InferCost.Reporting.Charts;

/// <summary>The image formats a chart renders to.</summary>
public enum ChartFormat
{
    /// <summary>A raster image.</summary>
    Png,

    /// <summary>A vector image (XML text, UTF-8).</summary>
    Svg,
}

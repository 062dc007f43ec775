namespace InferCost.Analysis;

/// <summary>The values an uncertain input may take, in the input's own unit (USD, USD/kWh, W, TB, years, tokens, or a plain number).</summary>
/// <param name="Shape">Uniform or triangular.</param>
/// <param name="Low">The low end.</param>
/// <param name="Mode">The likeliest value (triangular); the midpoint for a uniform range.</param>
/// <param name="High">The high end.</param>
public sealed record InputDistribution(DistributionShape Shape, double Low, double Mode, double High)
{
    /// <summary>Uniform between <paramref name="low"/> and <paramref name="high"/>.</summary>
    public static InputDistribution Uniform(double low, double high) => new(DistributionShape.Uniform, low, (low + high) / 2, high);

    /// <summary>Triangular from <paramref name="low"/> through <paramref name="mode"/> to <paramref name="high"/>.</summary>
    public static InputDistribution Triangular(double low, double mode, double high) => new(DistributionShape.Triangular, low, mode, high);

    /// <summary>Whether the range is a single value (nothing to sample).</summary>
    public bool IsConstant => Low == High;
}

using ScottPlot;
using ScottPlot.TickGenerators;

namespace InferCost.Cli.Charts;

/// <summary>ScottPlot has no log scale of its own: data are plotted as log10 and the ticks are labelled as powers of ten.</summary>
internal static class LogAxes
{
    public static void Apply(IAxis axis)
    {
        axis.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = Label,
        };
    }

    public static double[] ToLog(IEnumerable<double> values) => [.. values.Select(Math.Log10)];

    private static string Label(double exponent)
    {
        var value = Math.Pow(10, exponent);
        return value >= 1e4 || value < 1e-2
            ? $"1e{exponent:0}"
            : value.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace InferCost.Reporting.Charts;

/// <summary>ScottPlot has no log scale of its own: data are plotted as log10 and the ticks are labelled as powers of ten.</summary>
internal static class LogAxes
{
    // Below this span a powers-of-ten axis shows one or two labels at most, too few to read a value from.
    private const double FineSpanDecades = 2.5;

    /// <summary>Turns an axis into a log10 axis with decade ticks (values must be plotted as log10).</summary>
    public static void Apply(IAxis axis)
    {
        axis.TickGenerator = new NumericAutomatic
        {
            MinorTickGenerator = new LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = Label,
        };
    }

    /// <summary>
    /// Labels powers of ten for data spanning many decades, and 1, 2 and 5 x 10^k (minor ticks at the other digits) for
    /// data spanning a few, so that a short log axis still carries several labels.
    /// </summary>
    public static void Apply(IAxis axis, IReadOnlyCollection<double> logValues)
    {
        if (logValues.Count == 0 || logValues.Max() - logValues.Min() >= FineSpanDecades)
        {
            Apply(axis);
            return;
        }

        var ticks = new NumericManual();
        for (var k = (int)Math.Floor(logValues.Min()) - 1; k <= (int)Math.Ceiling(logValues.Max()) + 1; k++)
        {
            for (var digit = 1; digit <= 9; digit++)
            {
                var value = digit * Math.Pow(10, k);
                if (digit is 1 or 2 or 5)
                {
                    ticks.AddMajor(Math.Log10(value), Plain(value));
                }
                else
                {
                    ticks.AddMinor(Math.Log10(value));
                }
            }
        }

        axis.TickGenerator = ticks;
    }

    /// <summary>The values as log10, for plotting on a log axis.</summary>
    public static double[] ToLog(IEnumerable<double> values) => [.. values.Select(Math.Log10)];

    private static string Label(double exponent)
    {
        var value = Math.Pow(10, exponent);
        return value >= 1e4 || value < 1e-2
            ? $"1e{exponent:0}"
            : value.ToString("#,##0.##", CultureInfo.InvariantCulture);
    }

    private static string Plain(double value) => value >= 1e5 || value < 1e-3
        ? value.ToString("0E+0", CultureInfo.InvariantCulture)
        : value.ToString("#,##0.###", CultureInfo.InvariantCulture);
}

using System.Globalization;
using InferCost.Reporting.Charts;
using InferCost.Results;
using InferCost.Sweeps;
using InferCost.Sweeps.Grid;
using ScottPlot;

namespace InferCost.Reporting.Sweep;

/// <summary>
/// The sweep's chart: $/1M output tokens against the first numeric swept field, one line per combination of the other
/// swept fields. Log axes where a quantity spans a decade or more (as the essays draw batch and context). Infeasible points
/// are left out of their line.
/// </summary>
public sealed class SweepChart : ISweepSink
{
    /// <summary>The canonical id of the chart input, as errors name it (a face spells it its own way: the CLI's --plot).</summary>
    public const string PlotInput = "plot";

    /// <summary>The most lines one chart may carry and stay readable.</summary>
    public const int MaxSeries = 12;

    private readonly SweepPlan _plan;
    private readonly int _xAxis;
    private readonly double[] _costs;

    private SweepChart(SweepPlan plan, int xAxis)
    {
        _plan = plan;
        _xAxis = xAxis;
        _costs = new double[plan.Grid.Count];
    }

    /// <summary>Checks that the sweep can be drawn before it runs.</summary>
    public static Result<SweepChart> Prepare(SweepPlan plan)
    {
        var xAxis = Enumerable.Range(0, plan.PointFields.Count)
            .FirstOrDefault(k => plan.PointLabels[k].All(l => double.TryParse(l, CultureInfo.InvariantCulture, out _)), -1);
        if (xAxis < 0)
        {
            return Result.Fail<SweepChart>(PlotInput, "", "a sweep chart needs a numeric swept field for its x axis (batch without 'max', input, output, pue, power-price, ...).");
        }

        var series = plan.Grid.Count / plan.PointLabels[xAxis].Count;
        if (series > MaxSeries)
        {
            return Result.Fail<SweepChart>(PlotInput, "", $"the chart would have {series} lines (at most {MaxSeries}); sweep fewer values of the fields other than {plan.NameOf(plan.PointFields[xAxis])}.");
        }

        return Result.Ok(new SweepChart(plan, xAxis));
    }

    /// <inheritdoc />
    public void Write(long start, ReadOnlySpan<PointEstimate> chunk)
    {
        for (var j = 0; j < chunk.Length; j++)
        {
            _costs[start + j] = chunk[j].IsFeasible ? chunk[j].OutputCost.Value : double.NaN;
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>The chart, once the sweep has run, as an image in <paramref name="format"/>.</summary>
    public byte[] Render(ChartFormat format) => ChartImage.Render(Build(), format, 1000, 650);

    internal Plot Build()
    {
        var grid = _plan.Grid;
        var lines = new Dictionary<string, List<(double X, double Y)>>();
        for (long i = 0; i < grid.Count; i++)
        {
            var key = SeriesName(i);
            if (!lines.TryGetValue(key, out var points))
            {
                lines[key] = points = [];
            }

            if (!double.IsNaN(_costs[i]))
            {
                points.Add((grid.Axes[_xAxis].Values[grid.ValueIndex(i, _xAxis)], _costs[i]));
            }
        }

        var all = lines.Values.SelectMany(l => l).ToList();
        var logX = all.Count > 0 && all.Min(p => p.X) > 0 && all.Max(p => p.X) / all.Min(p => p.X) >= 10;
        var logY = all.Count > 0 && all.Min(p => p.Y) > 0 && all.Max(p => p.Y) / all.Min(p => p.Y) >= 10;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var n = 0;
        foreach (var (name, points) in lines)
        {
            var xs = points.Select(p => logX ? Math.Log10(p.X) : p.X).ToArray();
            var ys = points.Select(p => logY ? Math.Log10(p.Y) : p.Y).ToArray();
            var scatter = plot.Add.Scatter(xs, ys, palette.GetColor(n++ % 10));
            scatter.LegendText = name.Length == 0 ? "$/1M output" : name;
            scatter.MarkerSize = 6;
        }

        if (logX)
        {
            LogAxes.Apply(plot.Axes.Bottom);
        }

        if (logY)
        {
            LogAxes.Apply(plot.Axes.Left);
        }

        var field = _plan.PointFields[_xAxis].Id;
        plot.Title($"$/1M output tokens vs {field} ({grid.Count:#,##0} points; infeasible points left out)");
        plot.XLabel(field + AxisUnit(field) + (logX ? ", log scale" : ""));
        plot.YLabel("Cost per 1M output tokens (USD" + (logY ? ", log scale)" : ")"));
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static string AxisUnit(string field) => field switch
    {
        "batch" => " (requests)",
        "input" or "output" => " (tokens)",
        "power-price" => " (USD/kWh)",
        "capex" or "rack-overhead" or "network-capex" => " (USD)",
        "life-years" => " (years)",
        "nic-power" or "storage-power" => " (W)",
        _ => "",
    };

    private string SeriesName(long index)
    {
        var parts = new List<string>();
        var labels = _plan.CaseLabels[_plan.Grid.CaseIndex(index)];
        for (var k = 0; k < labels.Count; k++)
        {
            parts.Add($"{_plan.StructuralFields[k].Id}={labels[k]}");
        }

        for (var k = 0; k < _plan.PointFields.Count; k++)
        {
            if (k != _xAxis)
            {
                parts.Add($"{_plan.PointFields[k].Id}={_plan.PointLabels[k][_plan.Grid.ValueIndex(index, k)]}");
            }
        }

        return string.Join(", ", parts);
    }
}

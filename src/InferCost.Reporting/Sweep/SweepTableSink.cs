using InferCost.Reporting.Rendering;
using InferCost.Sweeps;
using InferCost.Units;

namespace InferCost.Reporting.Sweep;

/// <summary>Sweep results as a report table for people (table or Markdown): the swept fields, the headline figures, and why a point is infeasible.</summary>
public sealed class SweepTableSink(SweepPlan plan, Action<Report> write) : ISweepSink
{
    /// <summary>The most points printed as a table; larger sweeps go to CSV, JSON or Parquet.</summary>
    public const long MaxRows = 10_000;

    private static readonly string[] Shown = ["batch_used", "max_batch", "ttft_s", "tpot_s", "decode_tokens_per_s", "usd_per_gpu_hour", "usd_per_1m_output", "usd_per_1m_input"];
    private static readonly SweepMetric[] Metrics = [.. Shown.Select(name => SweepMetric.All.Single(m => m.Name == name))];
    private readonly List<IReadOnlyList<ReportCell>> _rows = [];

    /// <inheritdoc />
    public void Write(long start, ReadOnlySpan<PointEstimate> chunk)
    {
        for (var j = 0; j < chunk.Length; j++)
        {
            var p = chunk[j];
            var cells = SweepRow.AxisValues(plan, start + j).Select(v => (ReportCell)v).ToList();
            cells.AddRange(Metrics.Select(m => p.IsFeasible || m.KnownWhenInfeasible(p) ? (ReportCell)new Quantity(m.Read(p), m.Unit) : ""));
            cells.Add(p.IsFeasible ? "ok" : SweepRow.Status(p.Status) + ": " + SweepRow.Reason(plan, start + j, p));
            _rows.Add(cells);
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        var grid = plan.Grid;
        var feasible = _rows.Count(r => r[^1].Text == "ok");
        var title = $"InferCost sweep: {grid.Count:#,##0} points ({feasible:#,##0} feasible)";
        var table = new ReportTable("Points (swept fields as given; infeasible points say why)", [.. SweepRow.AxisNames(plan), .. Metrics.Select(m => m.Heading), "Status"], _rows);
        write(new Report(title, [], [table], []));
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}

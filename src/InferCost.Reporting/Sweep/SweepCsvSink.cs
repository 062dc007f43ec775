using System.Globalization;
using CsvHelper;
using InferCost.Sweeps;

namespace InferCost.Reporting.Sweep;

/// <summary>Sweep results as CSV (CsvHelper): the swept fields as given, status and reason, then the figures in base units.</summary>
public sealed class SweepCsvSink : ISweepSink
{
    private readonly SweepPlan _plan;
    private readonly CsvWriter _csv;

    /// <summary>A sink writing CSV to <paramref name="output"/>.</summary>
    public SweepCsvSink(SweepPlan plan, TextWriter output)
    {
        _plan = plan;
        _csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in SweepRow.AxisNames(plan).Append("status").Append("reason").Concat(SweepMetric.All.Select(m => m.Name)))
        {
            _csv.WriteField(name);
        }

        _csv.NextRecord();
    }

    /// <inheritdoc />
    public void Write(long start, ReadOnlySpan<PointEstimate> chunk)
    {
        for (var j = 0; j < chunk.Length; j++)
        {
            var p = chunk[j];
            foreach (var label in SweepRow.AxisValues(_plan, start + j))
            {
                _csv.WriteField(label);
            }

            _csv.WriteField(SweepRow.Status(p.Status));
            _csv.WriteField(SweepRow.Reason(_plan, start + j, p));
            foreach (var m in SweepMetric.All)
            {
                _csv.WriteField(p.IsFeasible || m.KnownWhenInfeasible(p) ? m.Read(p).ToString("R", CultureInfo.InvariantCulture) : "");
            }

            _csv.NextRecord();
        }
    }

    /// <inheritdoc />
    public void Complete() => _csv.Flush();

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}

using InferCost.Sweeps;
using InferCost.Sweeps.Grid;
using Parquet;
using Parquet.Schema;

namespace InferCost.Reporting.Sweep;

/// <summary>
/// Sweep results as Parquet (Parquet.Net), in row groups of up to 1,048,576 points: the swept fields (names as strings,
/// numbers as doubles; a batch axis with 'max' as strings), the status, then the figures in base units (null where an
/// infeasible point has none). Columns are filled in place, so writing costs no allocation per point. The reason in words
/// (CSV, JSON, table) is left out: status, max_batch and memory_required_bytes carry it, and formatting a sentence per
/// point would cost more than evaluating it.
/// </summary>
public sealed class SweepParquetSink : ISweepSink
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 1 << 20;

    private readonly SweepPlan _plan;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _structural;
    private readonly DataField[] _point;
    private readonly bool[] _pointAsText;
    private readonly DataField<string> _status = new("status");
    private readonly DataField<double?>[] _metrics;
    private readonly string[][] _structuralValues;
    private readonly double[][] _pointNumbers;
    private readonly string[][] _pointTexts;
    private readonly string[] _statusValues;
    private readonly double?[][] _metricValues;
    private int _rows;
    private bool _closed;

    /// <summary>A sink writing Parquet to <paramref name="stream"/>.</summary>
    public SweepParquetSink(SweepPlan plan, Stream stream)
    {
        _plan = plan;
        var size = (int)Math.Min(RowGroupSize, plan.Grid.Count);
        _structural = [.. plan.StructuralFields.Select(f => (DataField)new DataField<string>(f.Id))];
        _pointAsText = [.. plan.PointLabels.Select(labels => labels.Any(l => !double.TryParse(l, System.Globalization.CultureInfo.InvariantCulture, out _)))];
        _point = [.. plan.PointFields.Select((f, k) => _pointAsText[k] ? (DataField)new DataField<string>(f.Id) : new DataField<double>(f.Id))];
        _metrics = [.. SweepMetric.All.Select(m => new DataField<double?>(m.Name))];
        _structuralValues = [.. _structural.Select(_ => new string[size])];
        _pointNumbers = [.. _point.Select(_ => new double[size])];
        _pointTexts = [.. _point.Select(_ => new string[size])];
        _statusValues = new string[size];
        _metricValues = [.. _metrics.Select(_ => new double?[size])];
        var schema = new ParquetSchema([.. _structural, .. _point, _status, .. _metrics]);
        _writer = ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public void Write(long start, ReadOnlySpan<PointEstimate> chunk)
    {
        var grid = _plan.Grid;
        for (var j = 0; j < chunk.Length; j++)
        {
            var index = start + j;
            var p = chunk[j];
            var labels = _plan.CaseLabels[grid.CaseIndex(index)];
            for (var k = 0; k < _structural.Length; k++)
            {
                _structuralValues[k][_rows] = labels[k];
            }

            for (var k = 0; k < _point.Length; k++)
            {
                var v = grid.ValueIndex(index, k);
                _pointTexts[k][_rows] = _plan.PointLabels[k][v];
                _pointNumbers[k][_rows] = grid.Axes[k].Values[v];
            }

            _statusValues[_rows] = SweepRow.Status(p.Status);
            for (var m = 0; m < _metrics.Length; m++)
            {
                var metric = SweepMetric.All[m];
                _metricValues[m][_rows] = p.IsFeasible || metric.KnownWhenInfeasible(p) ? metric.Read(p) : null;
            }

            if (++_rows == _statusValues.Length)
            {
                Flush();
            }
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (_rows > 0)
        {
            Flush();
        }

        Dispose();
    }

    // The writer finishes the file (footer) when disposed; it only offers the async form.
    /// <inheritdoc />
    public void Dispose()
    {
        if (!_closed)
        {
            _closed = true;
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private void Flush()
    {
        using var group = _writer.CreateRowGroup();
        for (var k = 0; k < _structural.Length; k++)
        {
            group.WriteAsync(_structural[k], new ArraySegment<string>(_structuralValues[k], 0, _rows)).GetAwaiter().GetResult();
        }

        for (var k = 0; k < _point.Length; k++)
        {
            if (_pointAsText[k])
            {
                group.WriteAsync(_point[k], new ArraySegment<string>(_pointTexts[k], 0, _rows)).GetAwaiter().GetResult();
            }
            else
            {
                group.WriteAsync(_point[k], new ReadOnlyMemory<double>(_pointNumbers[k], 0, _rows)).GetAwaiter().GetResult();
            }
        }

        group.WriteAsync(_status, new ArraySegment<string>(_statusValues, 0, _rows)).GetAwaiter().GetResult();
        for (var m = 0; m < _metrics.Length; m++)
        {
            group.WriteAsync(_metrics[m], new ReadOnlyMemory<double?>(_metricValues[m], 0, _rows)).GetAwaiter().GetResult();
        }

        _rows = 0;
    }
}

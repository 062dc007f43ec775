using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InferCost.Sweeps;

namespace InferCost.Reporting.Sweep;

/// <summary>Sweep results as a JSON array of objects (one per point), streamed; infeasible points carry nulls for the figures they lack.</summary>
public sealed class SweepJsonSink : ISweepSink
{
    private readonly SweepPlan _plan;
    private readonly string[] _axisNames;
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>A sink writing JSON to <paramref name="output"/>.</summary>
    public SweepJsonSink(SweepPlan plan, TextWriter output)
    {
        _plan = plan;
        _axisNames = [.. SweepRow.AxisNames(plan)];
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartArray();
    }

    /// <inheritdoc />
    public void Write(long start, ReadOnlySpan<PointEstimate> chunk)
    {
        for (var j = 0; j < chunk.Length; j++)
        {
            var p = chunk[j];
            _json.WriteStartObject();
            var k = 0;
            foreach (var label in SweepRow.AxisValues(_plan, start + j))
            {
                _json.WriteString(_axisNames[k++], label);
            }

            _json.WriteString("status", SweepRow.Status(p.Status));
            if (!p.IsFeasible)
            {
                _json.WriteString("reason", SweepRow.Reason(_plan, start + j, p));
            }

            foreach (var m in SweepMetric.All)
            {
                if (p.IsFeasible || m.KnownWhenInfeasible(p))
                {
                    _json.WriteNumber(m.Name, m.Read(p));
                }
                else
                {
                    _json.WriteNull(m.Name);
                }
            }

            _json.WriteEndObject();
        }

        Drain();
    }

    /// <inheritdoc />
    public void Complete()
    {
        _json.WriteEndArray();
        Drain();
        _output.WriteLine();
        _output.Flush();
    }

    // The JSON is built in UTF-8 and handed to the writer chunk by chunk, so a large sweep never sits in memory whole.
    private void Drain()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();
}

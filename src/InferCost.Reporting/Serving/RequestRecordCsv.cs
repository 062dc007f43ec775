using System.Globalization;
using CsvHelper;
using InferCost.Serving;

namespace InferCost.Reporting.Serving;

/// <summary>Streams finished requests to CSV as they finish: one row each, nothing held in memory.</summary>
public sealed class RequestRecordCsv : IDisposable
{
    private readonly CsvWriter _csv;

    /// <summary>Writes to <paramref name="writer"/>, header first.</summary>
    public RequestRecordCsv(TextWriter writer)
    {
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var h in new[] { "load", "request", "arrival_s", "input_tokens", "output_tokens", "first_token_s", "finish_s", "ttft_s", "tpot_s", "e2e_s", "preemptions" })
        {
            _csv.WriteField(h);
        }

        _csv.NextRecord();
    }

    /// <summary>One finished request of the run at <paramref name="load"/>.</summary>
    public void Write(double load, RequestRecord r)
    {
        _csv.WriteField(load);
        _csv.WriteField(r.Index);
        _csv.WriteField(r.Arrival);
        _csv.WriteField(r.InputTokens);
        _csv.WriteField(r.OutputTokens);
        _csv.WriteField(r.FirstToken);
        _csv.WriteField(r.Finish);
        _csv.WriteField(r.Ttft);
        _csv.WriteField(r.Tpot);
        _csv.WriteField(r.E2e);
        _csv.WriteField(r.Preemptions);
        _csv.NextRecord();
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}

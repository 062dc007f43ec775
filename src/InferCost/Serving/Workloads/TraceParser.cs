using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using CsvHelper;
using CsvHelper.Configuration;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Serving.Workloads;

/// <summary>
/// Reads a request trace in the Azure LLM inference trace format: a CSV file whose header names the columns
/// <c>TIMESTAMP</c>, <c>ContextTokens</c> and <c>GeneratedTokens</c> (case-sensitive, in any order; other columns are
/// ignored), then one request a row, in arrival order. Every bad row is reported with its line, up to
/// <see cref="TraceLimits.MaxErrors"/>; CsvHelper's own messages never reach the user.
/// </summary>
public static class TraceParser
{
    /// <summary>The timestamp column.</summary>
    public const string TimestampColumn = "TIMESTAMP";

    /// <summary>The input-token column.</summary>
    public const string InputColumn = "ContextTokens";

    /// <summary>The output-token column.</summary>
    public const string OutputColumn = "GeneratedTokens";

    /// <summary>The timestamp format; fewer fractional digits (or none) are accepted too.</summary>
    public const string TimestampFormat = "yyyy-MM-dd HH:mm:ss.fffffff";

    private static readonly string[] Required = [TimestampColumn, InputColumn, OutputColumn];

    /// <summary>
    /// Reads the trace in <paramref name="text"/> (named <paramref name="sourceName"/> in messages and in the trace);
    /// <paramref name="attribution"/> is carried into the trace for reports to show.
    /// </summary>
    public static Result<RequestTrace> Parse(TextReader text, string sourceName, string? attribution = null) =>
        Parse(text, sourceName, attribution, TraceLimits.MaxRequests);

    /// <summary>As <see cref="Parse(TextReader, string, string?)"/>, with a lower request limit (so tests can reach it).</summary>
    internal static Result<RequestTrace> Parse(TextReader text, string sourceName, string? attribution, int maxRequests)
    {
        var errors = new List<InputError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            MaxFieldSize = TraceLimits.MaxFieldLength,
            BadDataFound = bad => errors.Add(new InputError(
                sourceName,
                Line(bad.Context.Parser?.RawRow ?? 0),
                "has a stray quote (\") in a field; trace fields are plain timestamps and whole numbers.")),
        };
        using var csv = new CsvReader(text, config);
        try
        {
            return Read(csv, sourceName, attribution, maxRequests, errors);
        }
        catch (CsvHelperException e)
        {
            // A field past MaxFieldSize or a quoted field never closed: what is wrong, in our words, at the line it was found.
            errors.Add(new InputError(
                sourceName,
                Line(e.Context?.Parser?.RawRow ?? 0),
                $"is not a trace row: a field longer than {TraceLimits.MaxFieldLength} characters, or a quote that is never closed."));
            return Result.Fail<RequestTrace>(errors);
        }
    }

    private static Result<RequestTrace> Read(CsvReader csv, string source, string? attribution, int maxRequests, List<InputError> errors)
    {
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            return Result.Fail<RequestTrace>(source, "", $"is empty; a trace is a CSV file with the header {string.Join(",", Required)} and one request a row.");
        }

        var missing = Required.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return Result.Fail<RequestTrace>(
                source,
                Line(csv.Parser.RawRow),
                $"the header lacks column(s) {string.Join(", ", missing)} (found: {string.Join(", ", header)}); a trace needs {string.Join(", ", Required)} (names are case-sensitive; other columns are ignored).");
        }

        var at = new RowColumns(
            Array.IndexOf(header, TimestampColumn),
            Array.IndexOf(header, InputColumn),
            Array.IndexOf(header, OutputColumn),
            header.Length);
        var requests = new List<TraceRequest>();
        DateTime? first = null;
        (DateTime Time, int Line) previous = default;
        while (errors.Count < TraceLimits.MaxErrors && csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (requests.Count == maxRequests)
            {
                errors.Add(new InputError(source, Line(line), string.Create(CultureInfo.InvariantCulture, $"is past the limit of {maxRequests:N0} requests a trace may hold (at 16 bytes a request, the limit bounds memory); split the trace or replay a part of it.")));
                break;
            }

            if (ReadRow(csv.Parser, at, source, line, errors) is not { } row)
            {
                continue;
            }

            if (first is not null && row.Time < previous.Time)
            {
                errors.Add(new InputError(
                    source,
                    Line(line),
                    $"TIMESTAMP {Stamp(row.Time)} is earlier than line {previous.Line}'s {Stamp(previous.Time)}; a trace lists requests in arrival order (sort it by TIMESTAMP)."));
                continue;
            }

            first ??= row.Time;
            previous = (row.Time, line);
            requests.Add(new TraceRequest(new Seconds((row.Time - first.Value).Ticks / (double)TimeSpan.TicksPerSecond), row.Input, row.Output));
        }

        // Say that reading stopped only when there was more to read.
        if (errors.Count >= TraceLimits.MaxErrors && csv.Read())
        {
            errors.Add(new InputError(source, "", string.Create(CultureInfo.InvariantCulture, $"reading stopped at line {csv.Parser.RawRow} after {TraceLimits.MaxErrors} errors; fix these and read it again.")));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<RequestTrace>(errors);
        }

        if (requests.Count == 0)
        {
            return Result.Fail<RequestTrace>(source, "", $"holds no requests: it has the header {string.Join(",", header)} but no rows after it.");
        }

        return Result.Ok(new RequestTrace(source, ImmutableCollectionsMarshal.AsImmutableArray(requests.ToArray()), attribution));
    }

    // One row's values, or null (with its errors added) when any is bad.
    private static (DateTime Time, int Input, int Output)? ReadRow(IParser parser, RowColumns at, string source, int line, List<InputError> errors)
    {
        if (parser.Count < at.Fields)
        {
            errors.Add(new InputError(source, Line(line), $"has {parser.Count} field(s); the header has {at.Fields}."));
            return null;
        }

        var before = errors.Count;
        var stamp = parser[at.Timestamp];
        if (!TraceTimestamp.TryParse(stamp, out var time))
        {
            errors.Add(new InputError(source, Column(line, TimestampColumn), $"'{stamp}' is not a timestamp; use {TimestampFormat} (up to 7 fractional digits)."));
        }

        var input = Tokens(parser[at.Input], InputColumn, "input", source, line, errors);
        var output = Tokens(parser[at.Output], OutputColumn, "output", source, line, errors);
        return errors.Count == before ? (time, input, output) : null;
    }

    // A token count: a whole number from 1 to the per-request bound. Zero output is refused as well as zero input:
    // a served request's prefill emits its first token, so a row with none is a failed or cancelled request whose
    // time to first token and cost per token mean nothing (the shipped traces' shortest outputs are 7 and 6 tokens).
    private static int Tokens(string text, string column, string side, string source, int line, List<InputError> errors)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            errors.Add(new InputError(source, Column(line, column), $"'{text}' is not a whole number of {side} tokens."));
            return 0;
        }

        if (n < 1)
        {
            var why = side == "input"
                ? "a request brings at least one input token"
                : "a served request generates at least one token (its first, from prefill); a row with none is a failed request";
            errors.Add(new InputError(source, Column(line, column), string.Create(CultureInfo.InvariantCulture, $"{n} {side} tokens: {why}. Allowed: 1 to {TraceLimits.MaxTokensPerRequest:N0}.")));
            return 0;
        }

        if (n > TraceLimits.MaxTokensPerRequest)
        {
            errors.Add(new InputError(source, Column(line, column), string.Create(CultureInfo.InvariantCulture, $"{n:N0} {side} tokens is more than {TraceLimits.MaxTokensPerRequest:N0}, beyond the longest context of any model (10,485,760); this is not a real request.")));
            return 0;
        }

        return (int)n;
    }

    private static string Line(int line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");

    private static string Column(int line, string column) => string.Create(CultureInfo.InvariantCulture, $"line {line}, column '{column}'");

    private static string Stamp(DateTime time) => time.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private readonly record struct RowColumns(int Timestamp, int Input, int Output, int Fields);
}

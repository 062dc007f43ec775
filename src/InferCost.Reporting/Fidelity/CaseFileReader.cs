using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using InferCost.Architecture;
using InferCost.Fidelity;
using InferCost.Results;

namespace InferCost.Reporting.Fidelity;

/// <summary>
/// Reads benchmark cases in the format of data/measured/published.csv (unknown columns are ignored).
/// Every bad row is reported with its line and column; good rows are kept. CsvHelper's own messages (a short row,
/// a stray quote) never reach the user: each becomes an error with the line number, in our words.
/// </summary>
public static class CaseFileReader
{
    private static readonly string[] Required =
        ["id", "model", "gpu", "gpus", "tp", "pp", "ep", "weights", "kv", "input_tokens", "output_tokens", "concurrency", "metric", "value"];

    /// <summary>Reads benchmark cases from CSV text; every bad row is reported (with its line), none is skipped silently.</summary>
    public static (IReadOnlyList<BenchmarkCase> Cases, IReadOnlyList<InputError> Errors) Read(TextReader text, string file)
    {
        var firstLine = text.ReadLine();
        if (firstLine is not null && CaseFileShape.LooksLikeYaml(firstLine))
        {
            return ([], [new InputError(file, "line 1", $"looks like YAML ('{firstLine.Trim()}'), not CSV; cases are a CSV file whose first line is the header {string.Join(",", Required)}.")]);
        }

        var cases = new List<BenchmarkCase>();
        var errors = new List<InputError>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = bad => errors.Add(CaseFileShape.BadData(file, bad.Context.Parser?.RawRow ?? 0, bad.Field)),
        };
        using var csv = new CsvReader(new StringReader(firstLine + "\n" + text.ReadToEnd()), config);
        if (firstLine is null || !csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return ([], [new InputError(file, "", "is empty: it needs a header row with the columns " + string.Join(", ", Required) + ".")]);
        }

        var missing = Required.Except(csv.HeaderRecord, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return ([], [new InputError(file, "line 1", $"the header lacks column(s) {string.Join(", ", missing)}; required: {string.Join(", ", Required)}.")]);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (CaseFileShape.WrongFieldCount(file, line, csv.Parser.Count, csv.HeaderRecord) is { } shape)
            {
                errors.Add(shape);
                continue;
            }

            var row = new RowReader(csv, file, line, errors);
            var before = errors.Count;
            var parsed = new BenchmarkCase(
                row.Text("id"),
                row.OptionalText("source_group"),
                row.Text("model"),
                row.Text("gpu"),
                row.Whole("gpus"),
                row.Whole("tp"),
                row.Whole("pp"),
                row.Whole("ep"),
                row.Precision("weights") ?? Architecture.Precision.Bf16,
                row.OptionalText("kv").Length == 0 ? null : row.Precision("kv"),
                row.Whole("input_tokens"),
                row.Whole("output_tokens"),
                row.Concurrency("concurrency"),
                row.Metric("metric"),
                row.Positive("value"),
                row.OptionalText("source"),
                row.OptionalText("stack"),
                row.OptionalText("stack_version"),
                row.Set("set"),
                row.OptionalText("attention_dp").Length == 0 ? 1 : row.Whole("attention_dp"),
                row.OptionalText("max_running").Length == 0 ? null : row.Whole("max_running"),
                row.Disaggregation("disaggregation"),
                row.Requests("requests", row.OptionalText("concurrency")));
            if (parsed.Id.Length > 0 && !firstLineOfId.TryAdd(parsed.Id, line))
            {
                errors.Add(new InputError(file, $"line {line}, column 'id'", $"'{parsed.Id}' is already the id of line {firstLineOfId[parsed.Id]}; each case needs its own id."));
            }
            else if (errors.Count == before)
            {
                cases.Add(parsed);
            }
        }

        return (cases, errors);
    }

    private sealed class RowReader(CsvReader csv, string file, int line, List<InputError> errors)
    {
        public string Text(string column)
        {
            var value = OptionalText(column);
            if (value.Length == 0)
            {
                Fail(column, "is empty; a value is required.");
            }

            return value;
        }

        public string OptionalText(string column) =>
            csv.HeaderRecord!.Contains(column) ? csv.GetField(column) ?? "" : "";

        public int Whole(string column)
        {
            var text = Text(column);
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                return n;
            }

            Fail(column, $"'{text}' is not a whole number >= 1.");
            return 1;
        }

        // A file without the column (or a row with it empty) does not say how many requests were sent, as every row before it.
        public long? Requests(string column, string concurrency)
        {
            var text = OptionalText(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1 || n > BenchmarkCase.MaxRequests)
            {
                return FailWith<long?>(column, $"'{text}' is not a number of requests; use a whole number from 1 to {BenchmarkCase.MaxRequests:#,##0} (the prompts the benchmark sent), or leave it empty when the source does not say.", null);
            }

            if (concurrency == "max")
            {
                return FailWith<long?>(column, $"is {n}, but the concurrency is max (an offline run, predicted at its steady state); leave requests empty, or give the run's concurrency or qps:N.", null);
            }

            return n;
        }

        public double Positive(string column)
        {
            var text = Text(column);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0)
            {
                return v;
            }

            Fail(column, $"'{text}' is not a positive number.");
            return 1;
        }

        public Precision? Precision(string column)
        {
            var text = Text(column);
            if (PrecisionFacts.TryParse(text, out var p))
            {
                return p;
            }

            Fail(column, $"'{text}' is not a precision; use one of {string.Join(", ", PrecisionFacts.Names)}.");
            return null;
        }

        // A file without the column (or a row with it empty) is a calibration row, as every row was before sets existed.
        public MeasurementSet Set(string column) => OptionalText(column) switch
        {
            "" or "calibration" => MeasurementSet.Calibration,
            "validation" => MeasurementSet.Validation,
            var other => FailWith(column, $"'{other}' is not a set; use calibration or validation (empty means calibration).", MeasurementSet.Calibration),
        };

        // A file without the column (or a row with it empty) is an aggregated deployment, as every row was before the column existed.
        public CaseDisaggregation? Disaggregation(string column)
        {
            var text = OptionalText(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (CaseDisaggregation.TryParse(text, out var d))
            {
                return d;
            }

            return FailWith<CaseDisaggregation?>(column, $"'{text}' is not a disaggregation; use {CaseDisaggregation.Allowed}.", null);
        }

        public Metric Metric(string column)
        {
            var text = Text(column);
            if (MetricNames.TryParse(text, out var m))
            {
                return m;
            }

            Fail(column, $"'{text}' is not a metric; use one of {string.Join(", ", MetricNames.All)}.");
            return default;
        }

        public CaseConcurrency Concurrency(string column)
        {
            var text = Text(column);
            if (text == "max")
            {
                return new CaseConcurrency(ConcurrencyKind.Max, 0);
            }

            if (text.StartsWith("qps:", StringComparison.Ordinal))
            {
                var rate = text[4..];
                if (rate == "inf")
                {
                    return new CaseConcurrency(ConcurrencyKind.Rate, double.PositiveInfinity);
                }

                if (double.TryParse(rate, NumberStyles.Float, CultureInfo.InvariantCulture, out var qps) && double.IsFinite(qps) && qps > 0)
                {
                    return new CaseConcurrency(ConcurrencyKind.Rate, qps);
                }
            }
            else if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                return new CaseConcurrency(ConcurrencyKind.Requests, n);
            }

            Fail(column, $"'{text}' is not a concurrency; use max, a whole number >= 1, qps:N or qps:inf.");
            return default;
        }

        private T FailWith<T>(string column, string reason, T fallback)
        {
            Fail(column, reason);
            return fallback;
        }

        private void Fail(string column, string reason) => errors.Add(new InputError(file, $"line {line}, column '{column}'", reason));
    }
}

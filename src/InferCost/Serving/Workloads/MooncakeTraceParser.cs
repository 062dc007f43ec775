using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Serving.Workloads;

/// <summary>
/// Reads a request trace in Mooncake's format (kvcache-ai/Mooncake, FAST'25 release; also what NVIDIA Dynamo's and
/// aiperf's trace replays read): JSON Lines, one request an object with <c>timestamp</c> (milliseconds, in arrival
/// order), <c>input_length</c>, <c>output_length</c> and <c>hash_ids</c>, the prompt's blocks of 512 tokens each named by
/// a hash of the prompt up to its end, so that requests sharing a prefix share its first ids. Every bad line is
/// reported with its number, up to <see cref="TraceLimits.MaxErrors"/>.
/// </summary>
public static class MooncakeTraceParser
{
    /// <summary>Tokens per hashed block in Mooncake's traces.</summary>
    public const int BlockTokens = 512;

    /// <summary>Reads the trace in <paramref name="text"/>, named <paramref name="sourceName"/> in messages and in the trace.</summary>
    public static Result<RequestTrace> Parse(TextReader text, string sourceName, string? attribution = null)
    {
        var errors = new List<InputError>();
        var requests = new List<TraceRequest>();
        var blocks = new List<ImmutableArray<int>>();
        double? first = null;
        var previous = double.NegativeInfinity;
        var lineNumber = 0;
        long blockIds = 0;
        while (text.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (requests.Count >= TraceLimits.MaxRequests)
            {
                errors.Add(new InputError(sourceName, Line(lineNumber), $"is past the {TraceLimits.MaxRequests:#,##0} requests a trace may hold; replay a part of it."));
                break;
            }

            var parsed = ParseLine(line, lineNumber, sourceName);
            if (!parsed.Succeeded)
            {
                errors.AddRange(parsed.Errors);
            }
            else
            {
                var (milliseconds, request, ids) = parsed.Value;
                if (milliseconds < previous)
                {
                    errors.Add(new InputError(sourceName, Line(lineNumber),
                        string.Create(CultureInfo.InvariantCulture, $"has timestamp {milliseconds} ms, before the line above it ({previous} ms); a trace lists requests in arrival order.")));
                }
                else if ((blockIds += parsed.Value.Blocks.Length) > TraceLimits.MaxBlockIds)
                {
                    errors.Add(new InputError(sourceName, Line(lineNumber), $"takes the trace past the {TraceLimits.MaxBlockIds:#,##0} block ids a trace may name; replay a part of it."));
                    break;
                }
                else
                {
                    previous = milliseconds;
                    first ??= milliseconds;
                    requests.Add(request with { Arrival = new Seconds((milliseconds - first.Value) / 1000) });
                    blocks.Add(ids);
                }
            }

            if (errors.Count >= TraceLimits.MaxErrors)
            {
                break;
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<RequestTrace>(errors);
        }

        return requests.Count == 0
            ? Result.Fail<RequestTrace>(sourceName, "", "is empty; a Mooncake trace has one JSON object a line: {\"timestamp\": ms, \"input_length\": n, \"output_length\": m, \"hash_ids\": [...]}.")
            : Result.Ok(new RequestTrace(sourceName, ImmutableCollectionsMarshal.AsImmutableArray(requests.ToArray()), attribution)
            {
                PrefixBlockTokens = BlockTokens,
                RequestBlocks = ImmutableCollectionsMarshal.AsImmutableArray(blocks.ToArray()),
            });
    }

    // One line's request (its arrival still in the trace's milliseconds), or what is wrong with it.
    private static Result<(double Milliseconds, TraceRequest Request, ImmutableArray<int> Blocks)> ParseLine(string line, int number, string source)
    {
        InputError Bad(string reason) => new(source, Line(number), reason);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return Result.Fail<(double, TraceRequest, ImmutableArray<int>)>(Bad("is not a JSON object; each line of a Mooncake trace is one request."));
        }

        using (document)
        {
            var o = document.RootElement;
            if (o.ValueKind != JsonValueKind.Object)
            {
                return Result.Fail<(double, TraceRequest, ImmutableArray<int>)>(Bad("is not a JSON object; each line of a Mooncake trace is one request."));
            }

            var errors = new List<InputError>();
            var timestamp = Number(o, "timestamp", number, source, errors, whole: false);
            var input = Number(o, "input_length", number, source, errors, whole: true);
            var output = Number(o, "output_length", number, source, errors, whole: true);
            var blocks = Blocks(o, number, source, errors);
            if (errors.Count > 0)
            {
                return Result.Fail<(double, TraceRequest, ImmutableArray<int>)>(errors);
            }

            if (input < 1 || input > TraceLimits.MaxTokensPerRequest || output < 1 || output > TraceLimits.MaxTokensPerRequest)
            {
                return Result.Fail<(double, TraceRequest, ImmutableArray<int>)>(Bad(string.Create(CultureInfo.InvariantCulture,
                    $"has input_length {input} and output_length {output}; each must be from 1 to {TraceLimits.MaxTokensPerRequest:#,##0}.")));
            }

            var expected = (int)Math.Ceiling(input / BlockTokens);
            if (blocks.Length != expected)
            {
                return Result.Fail<(double, TraceRequest, ImmutableArray<int>)>(Bad(string.Create(CultureInfo.InvariantCulture,
                    $"has {blocks.Length} hash_ids for {input} input tokens; Mooncake names one block of {BlockTokens} tokens each, so {expected}.")));
            }

            return Result.Ok((timestamp, new TraceRequest(Seconds.Zero, (int)input, (int)output), blocks));
        }
    }

    private static double Number(JsonElement o, string field, int line, string source, List<InputError> errors, bool whole)
    {
        if (!o.TryGetProperty(field, out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var x) || !double.IsFinite(x))
        {
            errors.Add(new InputError(source, Column(line, field), "is missing or not a number."));
            return 0;
        }

        if (x < 0 || (whole && x != Math.Floor(x)))
        {
            errors.Add(new InputError(source, Column(line, field), string.Create(CultureInfo.InvariantCulture, $"is {x}; it must be {(whole ? "a whole number" : "a number")} of at least 0.")));
        }

        return x;
    }

    private static ImmutableArray<int> Blocks(JsonElement o, int line, string source, List<InputError> errors)
    {
        if (!o.TryGetProperty("hash_ids", out var v) || v.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InputError(source, Column(line, "hash_ids"), "is missing or not a list of block ids."));
            return [];
        }

        var ids = ImmutableArray.CreateBuilder<int>(v.GetArrayLength());
        foreach (var id in v.EnumerateArray())
        {
            if (id.ValueKind != JsonValueKind.Number || !id.TryGetInt32(out var h) || h < 0)
            {
                errors.Add(new InputError(source, Column(line, "hash_ids"), $"holds {id.GetRawText()}; block ids are whole numbers of at least 0."));
                return [];
            }

            ids.Add(h);
        }

        return ids.MoveToImmutable();
    }

    private static string Line(int line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");

    private static string Column(int line, string field) => string.Create(CultureInfo.InvariantCulture, $"line {line}, field '{field}'");
}

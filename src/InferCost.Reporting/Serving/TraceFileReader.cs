using InferCost.Reporting.Inputs;
using InferCost.Results;
using InferCost.Serving.Workloads;

namespace InferCost.Reporting.Serving;

/// <summary>
/// Reads the trace a user names: a shipped one by its name (<c>azure-conv</c>, <c>azure-code</c>) or a CSV file by its
/// path. A shipped name wins over a file of the same name in the working folder (give <c>./azure-conv</c> for the file).
/// The file is streamed, not read whole, so memory holds the requests and no copy of the text.
/// </summary>
public static class TraceFileReader
{
    /// <summary>The trace at <paramref name="pathOrShippedName"/>, or errors naming the field <c>trace</c> or the file's lines.</summary>
    public static Result<RequestTrace> Read(string pathOrShippedName)
    {
        if (string.IsNullOrWhiteSpace(pathOrShippedName))
        {
            return Result.Fail<RequestTrace>("scenario", "trace", $"is empty; give a CSV trace file or a shipped trace ({string.Join(", ", ShippedTraces.Names)}).");
        }

        if (ShippedTraces.Contains(pathOrShippedName))
        {
            return ShippedTraces.Load(pathOrShippedName);
        }

        if (PathKinds.ReadableFileProblem(pathOrShippedName) is { } problem)
        {
            return Result.Fail<RequestTrace>("scenario", "trace", $"{problem}; give a CSV trace file (header TIMESTAMP,ContextTokens,GeneratedTokens), a Mooncake .jsonl trace or a shipped trace ({string.Join(", ", ShippedTraces.Names)}).");
        }

        var name = Path.GetFileName(pathOrShippedName);
        try
        {
            using var reader = new StreamReader(pathOrShippedName);
            // Mooncake's traces (with their prompts' block ids) are JSON Lines; Azure's are CSV.
            return IsJsonLines(pathOrShippedName) ? MooncakeTraceParser.Parse(reader, name) : TraceParser.Parse(reader, name);
        }
        catch (IOException e)
        {
            return Result.Fail<RequestTrace>("scenario", "trace", $"'{pathOrShippedName}' could not be read to the end: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return Result.Fail<RequestTrace>("scenario", "trace", $"'{pathOrShippedName}' cannot be read: permission denied.");
        }
    }

    private static bool IsJsonLines(string path) =>
        Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);
}

using InferCost.Results;

namespace InferCost.Serving.Workloads;

/// <summary>
/// The request traces built into the engine (data/traces/*.csv), by the short names a user gives instead of a path.
/// Reading one touches no file system: the traces are resources of this assembly.
/// </summary>
public static class ShippedTraces
{
    /// <summary>The conversation service of the Azure LLM inference trace 2023.</summary>
    public const string AzureConversation = "azure-conv";

    /// <summary>The coding service of the Azure LLM inference trace 2023.</summary>
    public const string AzureCode = "azure-code";

    /// <summary>The attribution the Azure traces' licence (CC BY 4.0) asks for, shown wherever they are used.</summary>
    public const string AzureAttribution =
        "Azure LLM inference trace 2023 (github.com/Azure/AzurePublicDataset, commit b469a113), CC BY 4.0. "
        + "Patel et al., \"Splitwise: Efficient generative LLM inference using phase splitting\", ISCA 2024.";

    private static readonly Dictionary<string, string> Resources = new(StringComparer.Ordinal)
    {
        [AzureConversation] = "data/traces/azure-llm-2023-conv.csv",
        [AzureCode] = "data/traces/azure-llm-2023-code.csv",
    };

    /// <summary>The shipped traces' names, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } = [AzureConversation, AzureCode];

    /// <summary>Whether <paramref name="name"/> names a shipped trace (exactly, lower case).</summary>
    public static bool Contains(string name) => Resources.ContainsKey(name);

    /// <summary>The shipped trace called <paramref name="name"/>, or an error (field <c>trace</c>) that lists the names.</summary>
    public static Result<RequestTrace> Load(string name)
    {
        if (!Resources.TryGetValue(name, out var resource))
        {
            return Result.Fail<RequestTrace>("scenario", "trace", $"'{name}' is not a shipped trace; use one of {string.Join(", ", Names)}, or a CSV file.");
        }

        using var stream = typeof(ShippedTraces).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The engine was built without its trace {resource}.");
        using var reader = new StreamReader(stream);
        return TraceParser.Parse(reader, name, AzureAttribution);
    }
}

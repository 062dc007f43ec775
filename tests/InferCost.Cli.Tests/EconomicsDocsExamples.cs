namespace InferCost.Cli.Tests;

/// <summary>Reads the worked example between the markers of a docs/analyses page.</summary>
internal static class EconomicsDocsExamples
{
    private const string Start = "<!-- worked-example:start -->";
    private const string End = "<!-- worked-example:end -->";

    public static string Block(string page)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "analyses", page));
        var from = text.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = text.IndexOf(End, StringComparison.Ordinal);
        return text[from..to].Trim().ReplaceLineEndings("\n");
    }
}

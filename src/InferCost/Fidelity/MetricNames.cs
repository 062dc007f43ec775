namespace InferCost.Fidelity;

/// <summary>The names metrics have in case files and reports.</summary>
public static class MetricNames
{
    private static readonly string[] Names = ["output_tps", "itl_ms", "ttft_ms", "energy_j_per_output_token"];

    /// <summary>Every name, in order of <see cref="Metric"/>.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The name of a metric.</summary>
    public static string Of(Metric m) => Names[(int)m];

    /// <summary>Parses a metric name.</summary>
    public static bool TryParse(string text, out Metric metric)
    {
        var i = Array.IndexOf(Names, text.Trim());
        metric = i < 0 ? default : (Metric)i;
        return i >= 0;
    }
}

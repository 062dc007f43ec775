namespace InferCost.Serving;

/// <summary>One finished request, for the per-request record file.</summary>
/// <param name="Index">Its place in arrival order (0 first).</param>
/// <param name="Arrival">Arrival, seconds from the start.</param>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Output tokens.</param>
/// <param name="FirstToken">When its first token came, seconds from the start.</param>
/// <param name="Finish">When its last token came.</param>
/// <param name="Preemptions">How often it was preempted.</param>
public readonly record struct RequestRecord(long Index, double Arrival, int InputTokens, int OutputTokens, double FirstToken, double Finish, int Preemptions)
{
    /// <summary>Time to first token, seconds.</summary>
    public double Ttft => FirstToken - Arrival;

    /// <summary>End-to-end latency, seconds.</summary>
    public double E2e => Finish - Arrival;

    /// <summary>Time per output token after the first, seconds (0 for a one-token answer).</summary>
    public double Tpot => OutputTokens > 1 ? (Finish - FirstToken) / (OutputTokens - 1) : 0;
}

namespace InferCost.Serving;

/// <summary>Which work a continuous-batching iteration takes first from its token budget.</summary>
public enum SchedulingPolicy
{
    /// <summary>Running requests first (their decode tokens, then unfinished prompt chunks), new prompts with what is left: vLLM V1's order, which keeps inter-token latency steady.</summary>
    DecodeFirst,

    /// <summary>Prompts first (unfinished chunks, then new requests), decode tokens with what is left: lower TTFT, decode stalls while prompts arrive (vLLM V0 without chunked prefill).</summary>
    PrefillFirst,
}

using InferCost.Deployment;
using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>A disaggregated (xPyD) deployment: its pools, the KV transfer, latency, cost, and the aggregated one beside it.</summary>
/// <param name="Spec">The xPyD spec.</param>
/// <param name="KvTransfer">One request's KV transfer.</param>
/// <param name="Prefill">The prefill pool.</param>
/// <param name="Decode">The decode pool.</param>
/// <param name="SystemRequestsPerSecond">Requests per second the system serves: the slower pool's capacity.</param>
/// <param name="BalancedPrefillPerDecode">Prefill instances per decode instance that keep both pools busy for this mix.</param>
/// <param name="TimeToFirstToken">One prompt's prefill + its KV transfer.</param>
/// <param name="InterTokenLatency">The decode step alone: no prefill interleaved.</param>
/// <param name="OutputTokensPerSecondPerGpu">Output tokens per second at the system rate over all GPUs.</param>
/// <param name="RateMatchedOutputTokensPerSecondPerGpu">TensorRT-LLM's per-GPU figure: the decode pool's output over its GPUs plus the prefill GPUs a rate-matched system needs.</param>
/// <param name="PerMillionInput">$/1M input tokens: the prefill pool's cost over the input tokens it prefills.</param>
/// <param name="PerMillionOutput">$/1M output tokens: the decode pool's cost over the output tokens.</param>
/// <param name="PerMillionMix">$/1M tokens of the request mix: both pools' cost over input + output tokens.</param>
/// <param name="Aggregated">The aggregated deployment on as many GPUs.</param>
public sealed record DisaggregatedFigures(
    Disaggregation Spec,
    KvTransferFigures KvTransfer,
    PoolFigures Prefill,
    PoolFigures Decode,
    double SystemRequestsPerSecond,
    double BalancedPrefillPerDecode,
    Seconds TimeToFirstToken,
    Seconds InterTokenLatency,
    TokensPerSecond OutputTokensPerSecondPerGpu,
    TokensPerSecond RateMatchedOutputTokensPerSecondPerGpu,
    DollarsPerMillionTokens PerMillionInput,
    DollarsPerMillionTokens PerMillionOutput,
    DollarsPerMillionTokens PerMillionMix,
    AggregatedComparison Aggregated);

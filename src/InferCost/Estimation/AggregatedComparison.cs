using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>The aggregated deployment on as many GPUs (every replica prefills and decodes), from the ordinary estimate.</summary>
/// <param name="Gpus">GPUs.</param>
/// <param name="RequestsPerSecond">Requests served per second at steady state.</param>
/// <param name="TimeToFirstToken">TTFT: one prompt's prefill.</param>
/// <param name="InterTokenLatency">Mean inter-token latency with prefill interleaved.</param>
/// <param name="OutputTokensPerSecondPerGpu">Steady output tokens per second per GPU.</param>
/// <param name="PerMillionInput">$/1M input tokens as the estimate prices them (by prefill time).</param>
/// <param name="PerMillionOutput">$/1M output tokens as the estimate prices them (by decode time).</param>
/// <param name="PerMillionMix">$/1M tokens of the request mix: all GPUs' cost over input + output tokens.</param>
public sealed record AggregatedComparison(
    int Gpus,
    double RequestsPerSecond,
    Seconds TimeToFirstToken,
    Seconds InterTokenLatency,
    TokensPerSecond OutputTokensPerSecondPerGpu,
    DollarsPerMillionTokens PerMillionInput,
    DollarsPerMillionTokens PerMillionOutput,
    DollarsPerMillionTokens PerMillionMix);

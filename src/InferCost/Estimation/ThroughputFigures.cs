using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>Token rates of the whole system (of a disaggregated deployment, its pools': <c>DisaggregatedEstimator</c>).</summary>
/// <param name="DecodeOutputTokensPerSecond">While decoding: replicas x B / step time.</param>
/// <param name="DecodeOutputTokensPerSecondPerGpu">The same per GPU.</param>
/// <param name="SteadyOutputTokensPerSecond">Averaged over prefill and decode: replicas x B x output / (prefill time + output x step time).</param>
/// <param name="SteadyInputTokensPerSecond">Prompt tokens per second over the same cycle.</param>
/// <param name="PrefillInputTokensPerSecond">While prefilling: replicas x B x input / batch prefill time.</param>
/// <param name="DecodeShareOfTime">Fraction of the cycle spent decoding.</param>
/// <param name="CycleTime">Time for one batch of requests from prompt to last token.</param>
public sealed record ThroughputFigures(
    TokensPerSecond DecodeOutputTokensPerSecond,
    TokensPerSecond DecodeOutputTokensPerSecondPerGpu,
    TokensPerSecond SteadyOutputTokensPerSecond,
    TokensPerSecond SteadyInputTokensPerSecond,
    TokensPerSecond PrefillInputTokensPerSecond,
    double DecodeShareOfTime,
    Seconds CycleTime);

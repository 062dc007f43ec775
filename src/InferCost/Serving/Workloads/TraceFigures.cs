using InferCost.Units;

namespace InferCost.Serving.Workloads;

/// <summary>The figures a user wants to see of a trace before replaying it.</summary>
/// <param name="Requests">How many requests it holds.</param>
/// <param name="Duration">From the first request's arrival to the last's.</param>
/// <param name="MeanRatePerSecond">
/// Requests per second: the inverse of the mean gap between arrivals, (requests - 1) / duration; null when the
/// duration is zero (one request, or all at one instant), where a rate means nothing.
/// </param>
/// <param name="InputTokens">The input lengths.</param>
/// <param name="OutputTokens">The output lengths.</param>
public sealed record TraceFigures(int Requests, Seconds Duration, double? MeanRatePerSecond, TokenFigures InputTokens, TokenFigures OutputTokens);

using InferCost.Units;

namespace InferCost.Performance;

/// <summary>The all-reduce algorithm a stack picks for a message (the fastest the fabric offers) and its time.</summary>
/// <param name="Algorithm">The algorithm.</param>
/// <param name="Time">Its time for the message.</param>
public readonly record struct AllReduceChoice(AllReduceAlgorithm Algorithm, Seconds Time);

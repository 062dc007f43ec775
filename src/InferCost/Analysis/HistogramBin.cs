using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>One bin of a cost histogram: the samples with a cost in (Lower, Upper] (the first bin also holds its lower edge).</summary>
/// <param name="Lower">Lower edge.</param>
/// <param name="Upper">Upper edge.</param>
/// <param name="Count">Samples in the bin.</param>
public sealed record HistogramBin(DollarsPerMillionTokens Lower, DollarsPerMillionTokens Upper, int Count);

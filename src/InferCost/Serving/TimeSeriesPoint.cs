namespace InferCost.Serving;

/// <summary>The state of the server averaged over one slice of time.</summary>
/// <param name="Start">Slice start, seconds.</param>
/// <param name="End">Slice end, seconds.</param>
/// <param name="Waiting">Mean requests waiting to be admitted.</param>
/// <param name="Running">Mean requests admitted (the batch).</param>
/// <param name="KvUtilisation">Mean share of the KV pool held.</param>
public readonly record struct TimeSeriesPoint(double Start, double End, double Waiting, double Running, double KvUtilisation);

namespace InferCost.Fidelity;

/// <summary>A case's concurrency: <c>max</c>, an integer, or <c>qps:N</c>.</summary>
/// <param name="Kind">Which form.</param>
/// <param name="Value">Requests in flight or requests per second (unused for <see cref="ConcurrencyKind.Max"/>).</param>
public readonly record struct CaseConcurrency(ConcurrencyKind Kind, double Value)
{
    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ConcurrencyKind.Max => "max",
        ConcurrencyKind.Requests => Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        _ => double.IsPositiveInfinity(Value) ? "qps:inf" : "qps:" + Value.ToString("G", System.Globalization.CultureInfo.InvariantCulture),
    };
}

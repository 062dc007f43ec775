namespace InferCost.Scenarios;

/// <summary>Requests decoded together: a fixed number, or the largest that fits in memory.</summary>
public readonly record struct BatchSize
{
    private BatchSize(int requests, bool isMax)
    {
        Requests = requests;
        IsMax = isMax;
    }

    /// <summary>The fixed batch (meaningless when <see cref="IsMax"/>).</summary>
    public int Requests { get; }

    /// <summary>Whether the largest batch that fits is wanted.</summary>
    public bool IsMax { get; }

    /// <summary>The largest batch that fits in memory.</summary>
    public static BatchSize Max => new(0, isMax: true);

    /// <summary>A fixed batch of at least one request.</summary>
    public static BatchSize Of(int requests) =>
        requests >= 1 ? new(requests, isMax: false) : throw new ArgumentOutOfRangeException(nameof(requests), requests, "A batch holds at least one request.");

    /// <inheritdoc />
    public override string ToString() => IsMax ? "max" : Requests.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

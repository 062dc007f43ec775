namespace InferCost.Units;

/// <summary>A compute rate, in FLOP per second.</summary>
public readonly record struct FlopsPerSecond : IQuantity, IComparable<FlopsPerSecond>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public FlopsPerSecond(double value) => Value = Guard.Finite(value, "FLOP per second");

    /// <summary>The value in FLOP per second.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static FlopsPerSecond Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.FlopsPerSecond);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(FlopsPerSecond q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static FlopsPerSecond Max(FlopsPerSecond a, FlopsPerSecond b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static FlopsPerSecond Min(FlopsPerSecond a, FlopsPerSecond b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(FlopsPerSecond other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static FlopsPerSecond operator +(FlopsPerSecond a, FlopsPerSecond b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static FlopsPerSecond operator -(FlopsPerSecond a, FlopsPerSecond b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static FlopsPerSecond operator *(FlopsPerSecond a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static FlopsPerSecond operator *(double k, FlopsPerSecond a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static FlopsPerSecond operator /(FlopsPerSecond a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(FlopsPerSecond a, FlopsPerSecond b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(FlopsPerSecond a, FlopsPerSecond b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(FlopsPerSecond a, FlopsPerSecond b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(FlopsPerSecond a, FlopsPerSecond b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(FlopsPerSecond a, FlopsPerSecond b) => a.Value >= b.Value;

    /// <summary>From TFLOP/s (10^12).</summary>
    public static FlopsPerSecond FromTeraflops(double tflops) => new(tflops * 1e12);

    /// <summary>The ridge point of a roofline: intensity at which compute and memory time are equal.</summary>
    public static FlopsPerByte operator /(FlopsPerSecond f, BytesPerSecond b) => new(f.Value / b.Value);

    /// <summary>Work done in a time.</summary>
    public static Flops operator *(FlopsPerSecond r, Seconds t) => new(r.Value * t.Value);
}

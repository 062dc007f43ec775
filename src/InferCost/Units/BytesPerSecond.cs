namespace InferCost.Units;

/// <summary>A data rate, in bytes per second.</summary>
public readonly record struct BytesPerSecond : IQuantity, IComparable<BytesPerSecond>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public BytesPerSecond(double value) => Value = Guard.Finite(value, "bytes per second");

    /// <summary>The value in bytes per second.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static BytesPerSecond Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.BytesPerSecond);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(BytesPerSecond q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static BytesPerSecond Max(BytesPerSecond a, BytesPerSecond b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static BytesPerSecond Min(BytesPerSecond a, BytesPerSecond b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(BytesPerSecond other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static BytesPerSecond operator +(BytesPerSecond a, BytesPerSecond b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static BytesPerSecond operator -(BytesPerSecond a, BytesPerSecond b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static BytesPerSecond operator *(BytesPerSecond a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static BytesPerSecond operator *(double k, BytesPerSecond a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static BytesPerSecond operator /(BytesPerSecond a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(BytesPerSecond a, BytesPerSecond b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(BytesPerSecond a, BytesPerSecond b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(BytesPerSecond a, BytesPerSecond b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(BytesPerSecond a, BytesPerSecond b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(BytesPerSecond a, BytesPerSecond b) => a.Value >= b.Value;

    /// <summary>From decimal TB/s (10^12 B/s).</summary>
    public static BytesPerSecond FromTerabytesPerSecond(double tbps) => new(tbps * 1e12);

    /// <summary>From decimal GB/s (10^9 B/s).</summary>
    public static BytesPerSecond FromGigabytesPerSecond(double gbps) => new(gbps * 1e9);

    /// <summary>From gigabits per second (10^9 bit/s).</summary>
    public static BytesPerSecond FromGigabitsPerSecond(double gbit) => new(gbit * 1e9 / 8);

    /// <summary>Data moved in a time.</summary>
    public static Bytes operator *(BytesPerSecond r, Seconds t) => new(r.Value * t.Value);
}

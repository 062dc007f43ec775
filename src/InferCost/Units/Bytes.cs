namespace InferCost.Units;

/// <summary>An amount of data, in bytes (decimal prefixes when printed: 1 GB = 10^9 B).</summary>
public readonly record struct Bytes : IQuantity, IComparable<Bytes>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public Bytes(double value) => Value = Guard.Finite(value, "bytes");

    /// <summary>The value in bytes.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Bytes Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.Bytes);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(Bytes q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static Bytes Max(Bytes a, Bytes b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static Bytes Min(Bytes a, Bytes b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(Bytes other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static Bytes operator +(Bytes a, Bytes b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static Bytes operator -(Bytes a, Bytes b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static Bytes operator *(Bytes a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static Bytes operator *(double k, Bytes a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static Bytes operator /(Bytes a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(Bytes a, Bytes b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(Bytes a, Bytes b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(Bytes a, Bytes b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(Bytes a, Bytes b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(Bytes a, Bytes b) => a.Value >= b.Value;

    /// <summary>From decimal gigabytes (10^9 B).</summary>
    public static Bytes FromGigabytes(double gb) => new(gb * 1e9);

    /// <summary>From decimal megabytes (10^6 B).</summary>
    public static Bytes FromMegabytes(double mb) => new(mb * 1e6);

    /// <summary>From binary gibibytes (2^30 B).</summary>
    public static Bytes FromGibibytes(double gib) => new(gib * 1024d * 1024d * 1024d);

    /// <summary>Time to move these bytes at a rate.</summary>
    public static Seconds operator /(Bytes b, BytesPerSecond r) => new(b.Value / r.Value);

    /// <summary>Rate of moving these bytes in a time.</summary>
    public static BytesPerSecond operator /(Bytes b, Seconds t) => new(b.Value / t.Value);

    /// <summary>Energy to move these bytes.</summary>
    public static Joules operator *(Bytes b, JoulesPerByte e) => new(b.Value * e.Value);
}

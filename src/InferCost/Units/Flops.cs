namespace InferCost.Units;

/// <summary>A number of floating-point operations.</summary>
public readonly record struct Flops : IQuantity, IComparable<Flops>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public Flops(double value) => Value = Guard.Finite(value, "FLOP");

    /// <summary>The value in FLOP.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Flops Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.Flops);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(Flops q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static Flops Max(Flops a, Flops b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static Flops Min(Flops a, Flops b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(Flops other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static Flops operator +(Flops a, Flops b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static Flops operator -(Flops a, Flops b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static Flops operator *(Flops a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static Flops operator *(double k, Flops a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static Flops operator /(Flops a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(Flops a, Flops b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(Flops a, Flops b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(Flops a, Flops b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(Flops a, Flops b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(Flops a, Flops b) => a.Value >= b.Value;

    /// <summary>From GFLOP (10^9).</summary>
    public static Flops FromGiga(double g) => new(g * 1e9);

    /// <summary>Time to do this work at a rate.</summary>
    public static Seconds operator /(Flops f, FlopsPerSecond r) => new(f.Value / r.Value);

    /// <summary>Rate of doing this work in a time.</summary>
    public static FlopsPerSecond operator /(Flops f, Seconds t) => new(f.Value / t.Value);

    /// <summary>Arithmetic intensity: work per byte moved.</summary>
    public static FlopsPerByte operator /(Flops f, Bytes b) => new(f.Value / b.Value);

    /// <summary>Energy to do this work.</summary>
    public static Joules operator *(Flops f, JoulesPerFlop e) => new(f.Value * e.Value);
}

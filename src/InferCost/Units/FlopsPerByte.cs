namespace InferCost.Units;

/// <summary>Arithmetic intensity, in FLOP per byte moved.</summary>
public readonly record struct FlopsPerByte : IQuantity, IComparable<FlopsPerByte>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public FlopsPerByte(double value) => Value = Guard.Finite(value, "FLOP per byte");

    /// <summary>The value in FLOP per byte.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static FlopsPerByte Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.FlopsPerByte);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(FlopsPerByte q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static FlopsPerByte Max(FlopsPerByte a, FlopsPerByte b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static FlopsPerByte Min(FlopsPerByte a, FlopsPerByte b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(FlopsPerByte other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static FlopsPerByte operator +(FlopsPerByte a, FlopsPerByte b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static FlopsPerByte operator -(FlopsPerByte a, FlopsPerByte b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static FlopsPerByte operator *(FlopsPerByte a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static FlopsPerByte operator *(double k, FlopsPerByte a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static FlopsPerByte operator /(FlopsPerByte a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(FlopsPerByte a, FlopsPerByte b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(FlopsPerByte a, FlopsPerByte b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(FlopsPerByte a, FlopsPerByte b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(FlopsPerByte a, FlopsPerByte b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(FlopsPerByte a, FlopsPerByte b) => a.Value >= b.Value;

    /// <summary>The FLOP/s that a bandwidth sustains at this intensity: the sloped part of a roofline.</summary>
    public static FlopsPerSecond operator *(FlopsPerByte i, BytesPerSecond b) => new(i.Value * b.Value);

    /// <summary>The FLOP/s that a bandwidth sustains at this intensity: the sloped part of a roofline.</summary>
    public static FlopsPerSecond operator *(BytesPerSecond b, FlopsPerByte i) => new(i.Value * b.Value);
}

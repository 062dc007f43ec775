namespace InferCost.Units;

/// <summary>Energy per byte moved, in joules per byte.</summary>
public readonly record struct JoulesPerByte : IQuantity, IComparable<JoulesPerByte>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public JoulesPerByte(double value) => Value = Guard.Finite(value, "joules per byte");

    /// <summary>The value in joules per byte.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static JoulesPerByte Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.JoulesPerByte);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(JoulesPerByte q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static JoulesPerByte Max(JoulesPerByte a, JoulesPerByte b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static JoulesPerByte Min(JoulesPerByte a, JoulesPerByte b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(JoulesPerByte other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static JoulesPerByte operator +(JoulesPerByte a, JoulesPerByte b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static JoulesPerByte operator -(JoulesPerByte a, JoulesPerByte b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static JoulesPerByte operator *(JoulesPerByte a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static JoulesPerByte operator *(double k, JoulesPerByte a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static JoulesPerByte operator /(JoulesPerByte a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(JoulesPerByte a, JoulesPerByte b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(JoulesPerByte a, JoulesPerByte b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(JoulesPerByte a, JoulesPerByte b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(JoulesPerByte a, JoulesPerByte b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(JoulesPerByte a, JoulesPerByte b) => a.Value >= b.Value;

    /// <summary>From picojoules per bit, as memory energy is usually quoted (1 pJ/bit = 8 pJ/byte).</summary>
    public static JoulesPerByte FromPicojoulesPerBit(double pjPerBit) => new(pjPerBit * 8e-12);

    /// <summary>From picojoules per byte.</summary>
    public static JoulesPerByte FromPicojoulesPerByte(double pjPerByte) => new(pjPerByte * 1e-12);
}

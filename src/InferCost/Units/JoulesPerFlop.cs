namespace InferCost.Units;

/// <summary>Energy per floating-point operation, in joules.</summary>
public readonly record struct JoulesPerFlop : IQuantity, IComparable<JoulesPerFlop>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public JoulesPerFlop(double value) => Value = Guard.Finite(value, "joules per FLOP");

    /// <summary>The value in joules per FLOP.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static JoulesPerFlop Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.JoulesPerFlop);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(JoulesPerFlop q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static JoulesPerFlop Max(JoulesPerFlop a, JoulesPerFlop b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static JoulesPerFlop Min(JoulesPerFlop a, JoulesPerFlop b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(JoulesPerFlop other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static JoulesPerFlop operator +(JoulesPerFlop a, JoulesPerFlop b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static JoulesPerFlop operator -(JoulesPerFlop a, JoulesPerFlop b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static JoulesPerFlop operator *(JoulesPerFlop a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static JoulesPerFlop operator *(double k, JoulesPerFlop a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static JoulesPerFlop operator /(JoulesPerFlop a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(JoulesPerFlop a, JoulesPerFlop b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(JoulesPerFlop a, JoulesPerFlop b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(JoulesPerFlop a, JoulesPerFlop b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(JoulesPerFlop a, JoulesPerFlop b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(JoulesPerFlop a, JoulesPerFlop b) => a.Value >= b.Value;

    /// <summary>From picojoules per FLOP.</summary>
    public static JoulesPerFlop FromPicojoules(double pj) => new(pj * 1e-12);
}

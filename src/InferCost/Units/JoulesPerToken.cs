namespace InferCost.Units;

/// <summary>Energy per token, in joules.</summary>
public readonly record struct JoulesPerToken : IQuantity, IComparable<JoulesPerToken>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public JoulesPerToken(double value) => Value = Guard.Finite(value, "joules per token");

    /// <summary>The value in joules per token.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static JoulesPerToken Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.JoulesPerToken);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(JoulesPerToken q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static JoulesPerToken Max(JoulesPerToken a, JoulesPerToken b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static JoulesPerToken Min(JoulesPerToken a, JoulesPerToken b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(JoulesPerToken other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static JoulesPerToken operator +(JoulesPerToken a, JoulesPerToken b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static JoulesPerToken operator -(JoulesPerToken a, JoulesPerToken b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static JoulesPerToken operator *(JoulesPerToken a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static JoulesPerToken operator *(double k, JoulesPerToken a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static JoulesPerToken operator /(JoulesPerToken a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(JoulesPerToken a, JoulesPerToken b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(JoulesPerToken a, JoulesPerToken b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(JoulesPerToken a, JoulesPerToken b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(JoulesPerToken a, JoulesPerToken b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(JoulesPerToken a, JoulesPerToken b) => a.Value >= b.Value;

    /// <summary>Energy spread over a number of tokens.</summary>
    public static JoulesPerToken Of(Joules e, double tokens) => new(e.Value / tokens);
}

namespace InferCost.Units;

/// <summary>An amount of energy, in joules.</summary>
public readonly record struct Joules : IQuantity, IComparable<Joules>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public Joules(double value) => Value = Guard.Finite(value, "joules");

    /// <summary>The value in joules.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Joules Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.Joules);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(Joules q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static Joules Max(Joules a, Joules b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static Joules Min(Joules a, Joules b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(Joules other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static Joules operator +(Joules a, Joules b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static Joules operator -(Joules a, Joules b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static Joules operator *(Joules a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static Joules operator *(double k, Joules a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static Joules operator /(Joules a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(Joules a, Joules b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(Joules a, Joules b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(Joules a, Joules b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(Joules a, Joules b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(Joules a, Joules b) => a.Value >= b.Value;

    /// <summary>Average power over a time.</summary>
    public static Watts operator /(Joules e, Seconds t) => new(e.Value / t.Value);

    /// <summary>Time to spend this energy at a power.</summary>
    public static Seconds operator /(Joules e, Watts p) => new(e.Value / p.Value);

    /// <summary>Cost of this energy at a tariff.</summary>
    public static Dollars operator *(Joules e, DollarsPerKilowattHour p) => new(e.Value / 3.6e6 * p.Value);
}

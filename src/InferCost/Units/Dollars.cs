namespace InferCost.Units;

/// <summary>An amount of money, in US dollars.</summary>
public readonly record struct Dollars : IQuantity, IComparable<Dollars>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public Dollars(double value) => Value = Guard.Finite(value, "USD");

    /// <summary>The value in USD.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Dollars Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.Dollars);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(Dollars q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static Dollars Max(Dollars a, Dollars b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static Dollars Min(Dollars a, Dollars b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(Dollars other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static Dollars operator +(Dollars a, Dollars b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static Dollars operator -(Dollars a, Dollars b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static Dollars operator *(Dollars a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static Dollars operator *(double k, Dollars a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static Dollars operator /(Dollars a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(Dollars a, Dollars b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(Dollars a, Dollars b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(Dollars a, Dollars b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(Dollars a, Dollars b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(Dollars a, Dollars b) => a.Value >= b.Value;

    /// <summary>Cost per hour when spread over a time.</summary>
    public static DollarsPerHour operator /(Dollars d, Seconds t) => new(d.Value / t.Hours);
}

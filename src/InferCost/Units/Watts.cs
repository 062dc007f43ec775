namespace InferCost.Units;

/// <summary>A power, in watts.</summary>
public readonly record struct Watts : IQuantity, IComparable<Watts>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public Watts(double value) => Value = Guard.Finite(value, "watts");

    /// <summary>The value in watts.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Watts Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.Watts);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(Watts q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static Watts Max(Watts a, Watts b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static Watts Min(Watts a, Watts b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(Watts other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static Watts operator +(Watts a, Watts b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static Watts operator -(Watts a, Watts b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static Watts operator *(Watts a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static Watts operator *(double k, Watts a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static Watts operator /(Watts a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(Watts a, Watts b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(Watts a, Watts b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(Watts a, Watts b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(Watts a, Watts b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(Watts a, Watts b) => a.Value >= b.Value;

    /// <summary>From kilowatts.</summary>
    public static Watts FromKilowatts(double kw) => new(kw * 1e3);

    /// <summary>Energy drawn over a time.</summary>
    public static Joules operator *(Watts p, Seconds t) => new(t.Value * p.Value);

    /// <summary>Running cost of this power at a tariff.</summary>
    public static DollarsPerHour operator *(Watts p, DollarsPerKilowattHour price) => new(p.Value / 1e3 * price.Value);

    /// <summary>Energy per token at a token rate.</summary>
    public static JoulesPerToken operator /(Watts p, TokensPerSecond r) => new(p.Value / r.Value);
}

namespace InferCost.Units;

/// <summary>A running cost, in US dollars per hour.</summary>
public readonly record struct DollarsPerHour : IQuantity, IComparable<DollarsPerHour>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public DollarsPerHour(double value) => Value = Guard.Finite(value, "USD per hour");

    /// <summary>The value in USD per hour.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static DollarsPerHour Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.DollarsPerHour);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(DollarsPerHour q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static DollarsPerHour Max(DollarsPerHour a, DollarsPerHour b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static DollarsPerHour Min(DollarsPerHour a, DollarsPerHour b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(DollarsPerHour other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static DollarsPerHour operator +(DollarsPerHour a, DollarsPerHour b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static DollarsPerHour operator -(DollarsPerHour a, DollarsPerHour b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static DollarsPerHour operator *(DollarsPerHour a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static DollarsPerHour operator *(double k, DollarsPerHour a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static DollarsPerHour operator /(DollarsPerHour a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(DollarsPerHour a, DollarsPerHour b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(DollarsPerHour a, DollarsPerHour b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(DollarsPerHour a, DollarsPerHour b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(DollarsPerHour a, DollarsPerHour b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(DollarsPerHour a, DollarsPerHour b) => a.Value >= b.Value;

    /// <summary>Cost accrued over a time.</summary>
    public static Dollars operator *(DollarsPerHour c, Seconds t) => new(c.Value * t.Hours);

    /// <summary>Cost per million tokens at a token rate.</summary>
    public static DollarsPerMillionTokens operator /(DollarsPerHour c, TokensPerSecond r) =>
        new(c.Value / (r.Value * Seconds.PerHour) * 1e6);
}

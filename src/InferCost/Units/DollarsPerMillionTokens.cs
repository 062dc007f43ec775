namespace InferCost.Units;

/// <summary>A token price, in US dollars per million tokens.</summary>
public readonly record struct DollarsPerMillionTokens : IQuantity, IComparable<DollarsPerMillionTokens>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public DollarsPerMillionTokens(double value) => Value = Guard.Finite(value, "USD per million tokens");

    /// <summary>The value in USD per million tokens.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static DollarsPerMillionTokens Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.DollarsPerMillionTokens);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(DollarsPerMillionTokens q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static DollarsPerMillionTokens Max(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static DollarsPerMillionTokens Min(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(DollarsPerMillionTokens other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static DollarsPerMillionTokens operator +(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static DollarsPerMillionTokens operator -(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static DollarsPerMillionTokens operator *(DollarsPerMillionTokens a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static DollarsPerMillionTokens operator *(double k, DollarsPerMillionTokens a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static DollarsPerMillionTokens operator /(DollarsPerMillionTokens a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(DollarsPerMillionTokens a, DollarsPerMillionTokens b) => a.Value >= b.Value;

}

namespace InferCost.Units;

/// <summary>An electricity tariff, in US dollars per kilowatt-hour.</summary>
public readonly record struct DollarsPerKilowattHour : IQuantity, IComparable<DollarsPerKilowattHour>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public DollarsPerKilowattHour(double value) => Value = Guard.Finite(value, "USD per kWh");

    /// <summary>The value in USD per kWh.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static DollarsPerKilowattHour Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.DollarsPerKilowattHour);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(DollarsPerKilowattHour q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static DollarsPerKilowattHour Max(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static DollarsPerKilowattHour Min(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(DollarsPerKilowattHour other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static DollarsPerKilowattHour operator +(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static DollarsPerKilowattHour operator -(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static DollarsPerKilowattHour operator *(DollarsPerKilowattHour a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static DollarsPerKilowattHour operator *(double k, DollarsPerKilowattHour a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static DollarsPerKilowattHour operator /(DollarsPerKilowattHour a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(DollarsPerKilowattHour a, DollarsPerKilowattHour b) => a.Value >= b.Value;

}

namespace InferCost.Units;

/// <summary>A price of energy, in US dollars per joule (the physical floor prices energy per joule, as essay 000 section 6 does).</summary>
public readonly record struct DollarsPerJoule : IQuantity, IComparable<DollarsPerJoule>
{
    /// <summary>Joules in a kilowatt-hour.</summary>
    public const double JoulesPerKilowattHour = 3.6e6;

    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public DollarsPerJoule(double value) => Value = Guard.Finite(value, "USD per joule");

    /// <summary>The value in USD per joule.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static DollarsPerJoule Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.DollarsPerJoule);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(DollarsPerJoule q) => q.ToQuantity();

    /// <inheritdoc />
    public int CompareTo(DollarsPerJoule other) => Value.CompareTo(other.Value);

    /// <summary>A tariff per kilowatt-hour as a price per joule (1 kWh = 3.6 MJ).</summary>
    public static DollarsPerJoule Of(DollarsPerKilowattHour tariff) => new(tariff.Value / JoulesPerKilowattHour);

    /// <summary>Scales by a pure number (a PUE, for one).</summary>
    public static DollarsPerJoule operator *(DollarsPerJoule a, double k) => new(a.Value * k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(DollarsPerJoule a, DollarsPerJoule b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(DollarsPerJoule a, DollarsPerJoule b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(DollarsPerJoule a, DollarsPerJoule b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(DollarsPerJoule a, DollarsPerJoule b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(DollarsPerJoule a, DollarsPerJoule b) => a.Value >= b.Value;

    /// <summary>Cost of an amount of energy.</summary>
    public static Dollars operator *(Joules e, DollarsPerJoule p) => new(e.Value * p.Value);

    /// <summary>Cost per million tokens of an energy per token: J/token x $/J x 10^6.</summary>
    public static DollarsPerMillionTokens operator *(JoulesPerToken e, DollarsPerJoule p) => new(e.Value * p.Value * 1e6);
}

namespace InferCost.Units;

/// <summary>A duration, in seconds.</summary>
public readonly record struct Seconds : IQuantity, IComparable<Seconds>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public Seconds(double value) => Value = Guard.Finite(value, "seconds");

    /// <summary>The value in seconds.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Seconds Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.Seconds);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(Seconds q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static Seconds Max(Seconds a, Seconds b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static Seconds Min(Seconds a, Seconds b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(Seconds other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static Seconds operator +(Seconds a, Seconds b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static Seconds operator -(Seconds a, Seconds b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static Seconds operator *(Seconds a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static Seconds operator *(double k, Seconds a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static Seconds operator /(Seconds a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(Seconds a, Seconds b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(Seconds a, Seconds b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(Seconds a, Seconds b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(Seconds a, Seconds b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(Seconds a, Seconds b) => a.Value >= b.Value;

    /// <summary>Seconds in an hour.</summary>
    public const double PerHour = 3600d;

    /// <summary>Hours in a (365-day) year, as depreciation schedules count them.</summary>
    public const double HoursPerYear = 8760d;

    /// <summary>From milliseconds.</summary>
    public static Seconds FromMilliseconds(double ms) => new(ms / 1e3);

    /// <summary>From microseconds.</summary>
    public static Seconds FromMicroseconds(double us) => new(us / 1e6);

    /// <summary>From hours.</summary>
    public static Seconds FromHours(double h) => new(h * PerHour);

    /// <summary>From 365-day years.</summary>
    public static Seconds FromYears(double years) => FromHours(years * HoursPerYear);

    /// <summary>In hours.</summary>
    public double Hours => Value / PerHour;

    /// <summary>Energy drawn at a power over this time.</summary>
    public static Joules operator *(Seconds t, Watts p) => new(t.Value * p.Value);
}

namespace InferCost.Units;

/// <summary>A token rate, in tokens per second.</summary>
public readonly record struct TokensPerSecond : IQuantity, IComparable<TokensPerSecond>
{
    /// <summary>Creates the quantity; NaN and infinity are rejected.</summary>
    public TokensPerSecond(double value) => Value = Guard.Finite(value, "tokens per second");

    /// <summary>The value in tokens per second.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static TokensPerSecond Zero => default;

    /// <inheritdoc />
    public Quantity ToQuantity() => new(Value, Unit.TokensPerSecond);

    /// <summary>Widens to an untyped quantity for derivation records.</summary>
    public static implicit operator Quantity(TokensPerSecond q) => q.ToQuantity();

    /// <summary>The larger of two.</summary>
    public static TokensPerSecond Max(TokensPerSecond a, TokensPerSecond b) => a.Value >= b.Value ? a : b;

    /// <summary>The smaller of two.</summary>
    public static TokensPerSecond Min(TokensPerSecond a, TokensPerSecond b) => a.Value <= b.Value ? a : b;

    /// <inheritdoc />
    public int CompareTo(TokensPerSecond other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static TokensPerSecond operator +(TokensPerSecond a, TokensPerSecond b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static TokensPerSecond operator -(TokensPerSecond a, TokensPerSecond b) => new(a.Value - b.Value);

    /// <summary>Scales by a pure number.</summary>
    public static TokensPerSecond operator *(TokensPerSecond a, double k) => new(a.Value * k);

    /// <summary>Scales by a pure number.</summary>
    public static TokensPerSecond operator *(double k, TokensPerSecond a) => new(a.Value * k);

    /// <summary>Divides by a pure number.</summary>
    public static TokensPerSecond operator /(TokensPerSecond a, double k) => new(a.Value / k);

    /// <summary>Ratio of like quantities: a pure number.</summary>
    public static double operator /(TokensPerSecond a, TokensPerSecond b) => a.Value / b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <(TokensPerSecond a, TokensPerSecond b) => a.Value < b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >(TokensPerSecond a, TokensPerSecond b) => a.Value > b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator <=(TokensPerSecond a, TokensPerSecond b) => a.Value <= b.Value;

    /// <summary>Comparison.</summary>
    public static bool operator >=(TokensPerSecond a, TokensPerSecond b) => a.Value >= b.Value;

    /// <summary>Tokens produced over a time.</summary>
    public static TokensPerSecond Of(double tokens, Seconds t) => new(tokens / t.Value);
}

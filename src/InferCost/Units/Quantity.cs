namespace InferCost.Units;

/// <summary>An untyped value with its unit, as recorded in a derivation step and read by renderers.</summary>
/// <param name="Value">The value in the unit's base (bytes, seconds, joules, dollars per hour, ...).</param>
/// <param name="Unit">The unit.</param>
public readonly record struct Quantity(double Value, Unit Unit)
{
    /// <summary>A pure number.</summary>
    public static Quantity Number(double value) => new(value, Unit.Dimensionless);

    /// <summary>A share between 0 and 1.</summary>
    public static Quantity Share(double value) => new(value, Unit.Fraction);

    /// <summary>A count.</summary>
    public static Quantity Count(double value) => new(value, Unit.Count);

    /// <summary>A number of tokens.</summary>
    public static Quantity TokenCount(double value) => new(value, Unit.Tokens);

    /// <summary>A number of parameters.</summary>
    public static Quantity ParameterCount(double value) => new(value, Unit.Parameters);
}

using InferCost.Units;

namespace InferCost.Explain;

/// <summary>One named input of a derivation step.</summary>
/// <param name="Symbol">The symbol the step's formula uses for this input.</param>
/// <param name="Value">The input's value with its unit.</param>
public readonly record struct DerivationInput(string Symbol, Quantity Value)
{
    /// <summary>Shorthand for a new input, for use with <c>using static</c> in step calls.</summary>
    public static DerivationInput In(string symbol, Quantity value) => new(symbol, value);
}

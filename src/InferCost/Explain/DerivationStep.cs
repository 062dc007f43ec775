using InferCost.Units;

namespace InferCost.Explain;

/// <summary>One step of a calculation: what was computed, by which formula, from which inputs, to which result.</summary>
/// <param name="Section">The part of the model the step belongs to (architecture, memory, decode, ...).</param>
/// <param name="Name">What the step computes.</param>
/// <param name="Formula">The formula, in the symbols of <paramref name="Inputs"/>.</param>
/// <param name="Inputs">The inputs, in the order the formula names them.</param>
/// <param name="Result">The result with its unit.</param>
public sealed record DerivationStep(
    string Section,
    string Name,
    string Formula,
    IReadOnlyList<DerivationInput> Inputs,
    Quantity Result);

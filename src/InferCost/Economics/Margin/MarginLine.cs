using InferCost.Estimation;
using InferCost.Units;

namespace InferCost.Economics.Margin;

/// <summary>The deployment's cost on one basis, and the margin the list price leaves over it.</summary>
/// <param name="Label">The basis in words (owned bottom-up, or whose rent).</param>
/// <param name="Basis">Owned or rented.</param>
/// <param name="Rent">The rent per GPU-hour; null when owned.</param>
/// <param name="PerProductiveGpuHour">What a productive GPU-hour costs on this basis.</param>
/// <param name="Output">The margin on output tokens.</param>
/// <param name="Input">The margin on input tokens, when the list price has an input price.</param>
/// <param name="Request">
/// The margin on the scenario's request mix (input + output tokens, each at its own price and cost), when the list price
/// has an input price.
/// </param>
public sealed record MarginLine(
    string Label,
    CostBasis Basis,
    DollarsPerHour? Rent,
    DollarsPerHour PerProductiveGpuHour,
    GrossMargin Output,
    GrossMargin? Input,
    GrossMargin? Request);

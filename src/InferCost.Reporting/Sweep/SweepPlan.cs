using InferCost.Reporting.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Sweeps;
using InferCost.Sweeps.Grid;

namespace InferCost.Reporting.Sweep;

/// <summary>A sweep ready to run: the grid, and the labels of its structural combinations and point-axis values.</summary>
/// <param name="Grid">The grid the engine evaluates.</param>
/// <param name="StructuralFields">The swept fields resolved per combination (model, gpu, tp, ...), in column order.</param>
/// <param name="CaseLabels">For each combination, the value of each structural field as given.</param>
/// <param name="PointFields">The swept point fields (batch, input, pue, ...), in the grid's axis order.</param>
/// <param name="PointLabels">For each point axis, its values as given (after range expansion).</param>
/// <param name="NameOf">How the face that asked for the sweep spells a field in messages (<see cref="ScenarioInput.NameOf"/>).</param>
public sealed record SweepPlan(
    SweepGrid Grid,
    IReadOnlyList<ScenarioField> StructuralFields,
    IReadOnlyList<IReadOnlyList<string>> CaseLabels,
    IReadOnlyList<ScenarioField> PointFields,
    IReadOnlyList<IReadOnlyList<string>> PointLabels,
    Func<ScenarioField, string> NameOf);

using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Sweeps;
using InferCost.Units;

namespace InferCost.Sweeps.Grid;

/// <summary>
/// Sets a <see cref="PointField"/> on a sweep point (in place, allocation-free) or on a scenario (for validation and
/// checks), through the field's entry in the table (<see cref="ScenarioFields"/>), which holds each setter once.
/// </summary>
public static class PointFields
{
    /// <summary>Sets <paramref name="field"/> to <paramref name="value"/> on a point; a batch of 0 means the largest that fits.</summary>
    public static void Apply(ref PointInputs p, PointField field, double value) => ScenarioFields.Of(field).SetPoint!(ref p, value);

    /// <summary>Whether the field counts whole things (requests, tokens).</summary>
    public static bool IsWholeNumber(PointField field) => ScenarioFields.Of(field).IsWholeNumber;

    /// <summary>A value of the field with its unit, for reports.</summary>
    public static Quantity ToQuantity(PointField field, double value) => ScenarioFields.Of(field).ToQuantity!(value);

    /// <summary>The same change made to a scenario (so that a point can be checked against the explained estimate).</summary>
    public static Scenario ApplyTo(Scenario s, PointField field, double value) => ScenarioFields.Of(field).Write!(s, value);
}

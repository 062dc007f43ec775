using InferCost.Sweeps;
using InferCost.Units;

namespace InferCost.Scenarios.Fields;

/// <summary>
/// One scenario input, described once: its canonical id, what it takes, its allowed range and why, its default and how
/// that is found, and how it is read from and written into a resolved <see cref="Scenario"/> (and, for a field the
/// kernel varies point by point, into <see cref="PointInputs"/>). Every face derives its spelling from the id (the CLI
/// flag is "--" + id, the scenario-file key is <see cref="YamlKey"/>); validation, sweeps and uncertainty read the rest.
/// The table is <see cref="ScenarioFields"/>.
/// </summary>
public sealed class ScenarioField
{
    /// <summary>The canonical id: lower case, words joined by dashes (power-price). Errors name fields by it.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of value it takes, which decides its parser.</summary>
    public required FieldKind Kind { get; init; }

    /// <summary>Its unit as messages write it (USD, W, USD/kWh, TB, years), or empty for a pure number or a name.</summary>
    public string Unit { get; init; } = "";

    /// <summary>The allowed values of a numeric field, with the reason; null for names.</summary>
    public FieldRange? Range { get; init; }

    /// <summary>What it means, without its default (help text, documentation).</summary>
    public required string Description { get; init; }

    /// <summary>Its default, and how the default is found (a constant, the catalog, another field).</summary>
    public required string Default { get; init; }

    /// <summary>
    /// Its value in a resolved scenario as text, for fields whose value is not a plain number (an id, a precision name,
    /// a batch that may be 'max'); the result is null when unset (no region). Null for plain numbers: see <see cref="Read"/>.
    /// </summary>
    public Func<Scenario, string?>? Text { get; init; }

    /// <summary>Its value in a resolved scenario as a number; null for names and for a batch of 'max'.</summary>
    public Func<Scenario, double?>? Read { get; init; }

    /// <summary>A resolved scenario with this field set to a number; null for names.</summary>
    public Func<Scenario, double, Scenario>? Write { get; init; }

    /// <summary>The kernel's id for it when a sweep or a sample can vary it point by point; null for structural fields.</summary>
    public PointField? Point { get; init; }

    /// <summary>How the kernel sets it on a point (with <see cref="Point"/>).</summary>
    public PointSetter? SetPoint { get; init; }

    /// <summary>A value of it as a quantity with its unit, for reports (numeric fields).</summary>
    public Func<double, Quantity>? ToQuantity { get; init; }

    /// <summary>
    /// Its place in the order in which sampled inputs take their random streams from the master seed, or null when it
    /// cannot be sampled. Fixed per field, so that a seed's results never depend on the order of the table.
    /// </summary>
    public int? SampleStream { get; init; }

    /// <summary>Its key in the scenario block of an estimate's JSON, or null when the block does not echo it.</summary>
    public string? EchoKey { get; init; }

    /// <summary>Its key in a scenario file (YAML) or any camelCase input: the id in camelCase (power-price: powerPrice).</summary>
    public string YamlKey => string.Concat(Id.Split('-').Select((word, i) => i == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>The description with the default, for help text.</summary>
    public string Help => $"{Description} (default {Default}).";

    /// <summary>Whether it takes a number (so that a range or a distribution can be given).</summary>
    public bool IsNumeric => Kind is FieldKind.WholeNumber or FieldKind.Batch or FieldKind.TokenCount or FieldKind.Number;

    /// <summary>Whether it counts whole things (requests, tokens, GPUs).</summary>
    public bool IsWholeNumber => Kind is FieldKind.WholeNumber or FieldKind.Batch or FieldKind.TokenCount;

    /// <summary>Whether an uncertainty analysis can sample it.</summary>
    public bool IsSampleable => SampleStream is not null;

    /// <summary>Why <paramref name="value"/> is not allowed, or null when it is (or the field has no range).</summary>
    public string? Check(double value) =>
        Range is null || Range.Contains(value)
            ? null
            : $"must be {Range.Describe(Unit)} ({Range.Reason}), found {FieldRange.Format(value)}.";

    /// <inheritdoc />
    public override string ToString() => Id;
}

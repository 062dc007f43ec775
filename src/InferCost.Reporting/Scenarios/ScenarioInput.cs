using InferCost.Results;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Scenarios;

/// <summary>Raw scenario values by field: a scenario file's, with flags laid over them.</summary>
/// <param name="nameOf">
/// How the face that gathered the values spells a field in messages (the CLI: its flag, "--power-price"); the canonical
/// id when null. Used for fields not given and for messages that name another field.
/// </param>
/// <param name="fields">The table of fields the input may hold (<see cref="ScenarioFields.All"/> when null).</param>
public sealed class ScenarioInput(Func<ScenarioField, string>? nameOf = null, IReadOnlyList<ScenarioField>? fields = null)
{
    private readonly Dictionary<ScenarioField, ScenarioValue> _file = [];
    private readonly Dictionary<ScenarioField, ScenarioValue> _flags = [];

    /// <summary>Sets a value read from a scenario file.</summary>
    public void SetFromFile(ScenarioField field, ScenarioValue value) => _file[field] = value;

    /// <summary>Sets a value given as a flag; flags override the file.</summary>
    public void SetFromFlag(ScenarioField field, ScenarioValue value) => _flags[field] = value;

    /// <summary>The value in force: the flag's, else the file's, else none.</summary>
    public ScenarioValue? Get(ScenarioField field) =>
        _flags.TryGetValue(field, out var flag) ? flag : _file.GetValueOrDefault(field);

    /// <summary>The value from one layer only (flags or file), for fields that interact (region vs power price).</summary>
    public ScenarioValue? GetFromLayer(ScenarioField field, bool flags) =>
        (flags ? _flags : _file).GetValueOrDefault(field);

    /// <summary>
    /// A copy with the value in force for <paramref name="field"/> replaced by <paramref name="text"/>, in the layer it came
    /// from (so that a file value stays beneath the flags) and keeping its origin for error messages.
    /// </summary>
    public ScenarioInput With(ScenarioField field, string text) => With([(field, text)]);

    /// <summary>As <see cref="With(ScenarioField, string)"/> for several fields at once (a sweep's combinations).</summary>
    public ScenarioInput With(IEnumerable<(ScenarioField Field, string Text)> replacements)
    {
        var copy = new ScenarioInput(NameOf, Fields);
        foreach (var (f, v) in _file)
        {
            copy._file[f] = v;
        }

        foreach (var (f, v) in _flags)
        {
            copy._flags[f] = v;
        }

        foreach (var (field, text) in replacements)
        {
            var layer = _flags.ContainsKey(field) || !_file.ContainsKey(field) ? copy._flags : copy._file;
            layer[field] = new ScenarioValue(text, OriginOf(field));
        }

        return copy;
    }

    /// <summary>
    /// The fields this input may hold, in order: what a scenario file may set, what a sweep may vary, what the resolver
    /// parses. The shipped table unless a caller extends it (how a new field is tried before it joins the table).
    /// </summary>
    public IReadOnlyList<ScenarioField> Fields { get; } = fields ?? ScenarioFields.All;

    /// <summary>How the face spells a field in messages.</summary>
    public Func<ScenarioField, string> NameOf { get; } = nameOf ?? (f => f.Id);

    /// <summary>Where a field's value came from, for error messages (the face's name for it when it was not given).</summary>
    public string OriginOf(ScenarioField field) => Get(field)?.Origin ?? NameOf(field);

    /// <summary>
    /// An engine error about a scenario field (named by its canonical id under the engine's neutral source) pointed at
    /// the value the user gave: the flag, or the file and key it came from; any other error is returned as it is.
    /// </summary>
    public InputError Locate(InputError error) =>
        error.Code.Length > 0 && error.Source == "scenario" && Fields.FirstOrDefault(f => f.Id == error.Field) is { } field
            ? error with { Source = OriginOf(field), Field = "" }
            : error;
}

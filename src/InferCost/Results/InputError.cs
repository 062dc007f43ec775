namespace InferCost.Results;

/// <summary>One thing wrong with an input: where, which field, and why (with what is allowed).</summary>
/// <param name="Source">The file, flag or scenario the value came from (the engine says "scenario", "catalog" or a file name).</param>
/// <param name="Field">
/// The field: the engine uses the canonical field id (the CLI flag without its dashes: "batch", "tp", "kv", "model", ...),
/// so that a front end can say where the value came from; empty when the whole input is meant.
/// </param>
/// <param name="Reason">What was wrong and what is allowed.</param>
/// <param name="Code">A stable kebab-case id of the kind of problem ("batch-does-not-fit", "unknown-model", ...); empty when none was given.</param>
public sealed record InputError(string Source, string Field, string Reason, string Code = "")
{
    /// <inheritdoc />
    public override string ToString() =>
        string.IsNullOrEmpty(Field) ? $"{Source}: {Reason}" : $"{Source}: {Field}: {Reason}";
}

namespace InferCost.Results;

/// <summary>One thing wrong with an input: where, which field, and why (with what is allowed).</summary>
/// <param name="Source">The file, flag or scenario the value came from.</param>
/// <param name="Field">The field or flag name.</param>
/// <param name="Reason">What was wrong and what is allowed.</param>
public sealed record InputError(string Source, string Field, string Reason)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.IsNullOrEmpty(Field) ? $"{Source}: {Reason}" : $"{Source}: {Field}: {Reason}";
}

namespace InferCost.Results;

/// <summary>Creates <see cref="Result{T}"/> values.</summary>
public static class Result
{
    /// <summary>A success.</summary>
    public static Result<T> Ok<T>(T value) => new(value, []);

    /// <summary>A failure with one error (<paramref name="code"/>: its stable id, see <see cref="ErrorCodes"/>).</summary>
    public static Result<T> Fail<T>(string source, string field, string reason, string code = "") =>
        new(default, [new InputError(source, field, reason, code)]);

    /// <summary>A failure with one error.</summary>
    public static Result<T> Fail<T>(InputError error) => new(default, [error]);

    /// <summary>A failure with several errors.</summary>
    public static Result<T> Fail<T>(IReadOnlyList<InputError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);
}

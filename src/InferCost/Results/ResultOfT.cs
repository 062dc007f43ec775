namespace InferCost.Results;

/// <summary>A value, or the errors that prevented it (NodaTime's ParseResult in spirit: no exceptions for bad input).</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Result<T>
{
    private readonly T? _value;

    internal Result(T? value, IReadOnlyList<InputError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>Whether a value was produced.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The value; throws when there were errors.</summary>
    public T Value => Succeeded
        ? _value!
        : throw new InvalidOperationException("No value: " + string.Join("; ", Errors));

    /// <summary>The value transformed by <paramref name="map"/>, or these errors carried along.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map) => Succeeded ? Result.Ok(map(_value!)) : new(default, Errors);

    /// <summary>The result of <paramref name="bind"/> on the value, or these errors carried along (a chain stops at the first failure).</summary>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> bind) => Succeeded ? bind(_value!) : new(default, Errors);
}

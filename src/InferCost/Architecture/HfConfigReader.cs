using System.Globalization;
using System.Text.Json;
using InferCost.Results;

namespace InferCost.Architecture;

/// <summary>Typed access to the fields of one Hugging Face config object, collecting errors instead of throwing.</summary>
internal sealed class HfConfigReader(JsonElement root, string source)
{
    private readonly List<InputError> _errors = [];

    public IReadOnlyList<InputError> Errors => _errors;

    public bool Has(string field) =>
        root.TryGetProperty(field, out var v) && v.ValueKind is not JsonValueKind.Null;

    public int RequiredInt(string field, int min = 1)
    {
        var value = OptionalInt(field, min);
        if (value is null && !_errors.Exists(e => e.Field == field))
        {
            _errors.Add(new InputError(source, field, $"is required: a whole number >= {min}."));
        }

        return value ?? min;
    }

    public int? OptionalInt(string field, int min = 0)
    {
        if (!root.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var limit = HfConfigLimits.For(field);
        if (v.ValueKind == JsonValueKind.Number && !v.TryGetInt32(out _) && limit is not null && v.TryGetDouble(out var big) && big == Math.Floor(big))
        {
            // A whole number beyond int: out of range rather than "not a whole number".
            _errors.Add(new InputError(source, field, RangeReason(min, limit, big), ErrorCodes.OutOfRange));
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i))
        {
            _errors.Add(new InputError(source, field, $"must be a whole number, found {Describe(v)}."));
            return null;
        }

        if (i < min || (limit is { } l && i > l.Max))
        {
            _errors.Add(new InputError(source, field, RangeReason(min, limit, i), ErrorCodes.OutOfRange));
            return null;
        }

        return i;
    }

    private static string RangeReason(int min, (int Max, string Why)? limit, double found) => limit is { } l
        ? string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {l.Max:#,##0} ({l.Why}), found {found:#,##0}.")
        : string.Create(CultureInfo.InvariantCulture, $"must be >= {min}, found {found}.");

    public bool Bool(string field, bool fallback)
    {
        if (!root.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        _errors.Add(new InputError(source, field, $"must be true or false, found {Describe(v)}."));
        return fallback;
    }

    public string? String(string field) =>
        root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public IReadOnlyList<string>? StringArray(string field)
    {
        if (!root.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            _errors.Add(new InputError(source, field, "must be an array of strings."));
            return null;
        }

        return [.. v.EnumerateArray().Select(e => e.GetString()!)];
    }

    public IReadOnlyList<int>? IntArray(string field)
    {
        if (!root.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out _)))
        {
            _errors.Add(new InputError(source, field, "must be an array of whole numbers."));
            return null;
        }

        return [.. v.EnumerateArray().Select(e => e.GetInt32())];
    }

    public void Fail(string field, string reason) => _errors.Add(new InputError(source, field, reason));

    /// <summary>A reader over the nested object <paramref name="field"/> (its errors name it), or null when absent or not an object.</summary>
    public HfConfigReader? Section(string field) =>
        root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Object ? new HfConfigReader(v, $"{source} {field}") : null;

    /// <summary>Takes on the errors a nested reader collected.</summary>
    public void Absorb(HfConfigReader nested) => _errors.AddRange(nested.Errors);

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{v.GetString()}\"",
        JsonValueKind.Number => $"the number {v.GetRawText()}",
        _ => v.ValueKind.ToString().ToLowerInvariant(),
    };
}

using System.Collections.Immutable;
using System.Globalization;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>
/// Parses <c>ID=NUMBER</c> pairs (a rate or share per figure or component) into a map; the values are range-checked by
/// the engine, which names the field. Errors here name the input (a flag) and the pair.
/// </summary>
public static class ProjectOverridesParser
{
    /// <summary>The pairs as a map by id (lower case), or why one is not a pair or its value is not a number.</summary>
    public static Result<ImmutableSortedDictionary<string, double>> Parse(IEnumerable<string> pairs, string input)
    {
        var errors = new List<InputError>();
        var map = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var pair in pairs.SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == pair.Length - 1)
            {
                errors.Add(new InputError(input, "", $"'{pair}' is not ID=NUMBER (e.g. hbm-bandwidth=1.6)."));
                continue;
            }

            var id = pair[..at].Trim().ToLowerInvariant();
            var text = pair[(at + 1)..].Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                errors.Add(new InputError(input, "", $"'{text}' in '{pair}' is not a number."));
            }
            else if (!map.TryAdd(id, value))
            {
                errors.Add(new InputError(input, "", $"'{id}' is given twice."));
            }
        }

        return errors.Count > 0 ? Result.Fail<ImmutableSortedDictionary<string, double>>(errors) : Result.Ok(map.ToImmutable());
    }
}

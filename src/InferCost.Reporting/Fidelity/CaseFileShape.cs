using System.Text.RegularExpressions;
using InferCost.Results;

namespace InferCost.Reporting.Fidelity;

/// <summary>
/// Problems with the shape of a case file (not CSV at all, a row with too few or too many fields, a stray quote),
/// said with the line number in our words rather than CsvHelper's reader state dump.
/// </summary>
internal static partial class CaseFileShape
{
    /// <summary>Whether the first line reads as YAML (a "key: value" pair, a document marker or a comment), not a CSV header.</summary>
    public static bool LooksLikeYaml(string firstLine)
    {
        var line = firstLine.Trim();
        return line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith('#') || YamlKey().IsMatch(line);
    }

    /// <summary>An error when a row's field count differs from the header's; null when they agree.</summary>
    public static InputError? WrongFieldCount(string file, int line, int count, string[] header)
    {
        if (count == header.Length)
        {
            return null;
        }

        var which = count < header.Length
            ? $"the first missing is '{header[count]}'"
            : "a value holding a comma must be in double quotes";
        return new InputError(file, $"line {line}", $"has {count} fields but the header has {header.Length} ({which}); every row needs one value per column, empty ones included.");
    }

    /// <summary>A field CsvHelper could not read as CSV (typically a double quote inside an unquoted value).</summary>
    public static InputError BadData(string file, int line, string field) =>
        new(file, $"line {line}", $"is not valid CSV near '{field.Trim()}': a double quote may only wrap a whole value (write a quote inside one as \"\").");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*:(\\s|$)")]
    private static partial Regex YamlKey();
}

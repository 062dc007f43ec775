using System.Globalization;
using InferCost.Results;
using YamlDotNet.RepresentationModel;

namespace InferCost.Catalog;

/// <summary>
/// Reads the fields of one YAML mapping with typed, range-checked accessors, collecting errors
/// that name the file, the dotted field path, the line and what is allowed; unknown fields are errors.
/// </summary>
internal sealed class YamlFieldReader(YamlMappingNode node, string file, string path, List<InputError> errors)
{
    private readonly HashSet<string> _read = [];
    private readonly HashSet<string> _rejected = [];

    public string File => file;

    /// <summary>Errors collected so far (in this file, by every reader sharing the list): a check that needs valid inputs compares counts.</summary>
    public int ErrorCount => errors.Count;

    public double Number(string key, double min, double max, string meaning) =>
        OptionalNumber(key, min, max, meaning) ?? (Present(key) ? min : Missing(key, $"a number from {Show(min)} to {Show(max)} ({meaning})", min));

    public double? OptionalNumber(string key, double min, double max, string meaning)
    {
        if (Scalar(key) is not { } s)
        {
            return null;
        }

        if (!double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            Error(key, $"must be a number ({meaning}), found '{s.Value}' (line {s.Start.Line}).");
            return null;
        }

        if (v < min || v > max)
        {
            Error(key, $"must be from {Show(min)} to {Show(max)} ({meaning}), found {Show(v)} (line {s.Start.Line}).");
            return null;
        }

        return v;
    }

    public int Int(string key, int min, int max, string meaning)
    {
        var v = Number(key, min, max, meaning);
        if (v != Math.Floor(v))
        {
            Error(key, $"must be a whole number ({meaning}), found {Show(v)}.");
        }

        return (int)v;
    }

    public string Text(string key) => OptionalText(key) ?? (Present(key) ? "" : Missing(key, "a non-empty text", ""));

    public string? OptionalText(string key)
    {
        if (Scalar(key) is not { } s)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(s.Value))
        {
            Error(key, $"must not be empty (line {s.Start.Line}).");
            return null;
        }

        return s.Value;
    }

    public bool Bool(string key, bool fallback)
    {
        if (Scalar(key) is not { } s)
        {
            return fallback;
        }

        if (bool.TryParse(s.Value, out var b))
        {
            return b;
        }

        Error(key, $"must be true or false, found '{s.Value}' (line {s.Start.Line}).");
        return fallback;
    }

    public YamlFieldReader? Map(string key, bool required = true)
    {
        _read.Add(key);
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            if (required)
            {
                Error(key, "is required (a mapping of fields).");
            }

            return null;
        }

        if (child is YamlMappingNode m)
        {
            return new YamlFieldReader(m, file, Join(key), errors);
        }

        Error(key, $"must be a mapping of fields (line {child.Start.Line}).");
        return null;
    }

    /// <summary>A list of texts (<c>key: [a, b]</c>); empty with an error when absent or not a list of texts.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        _read.Add(key);
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            Error(key, "is required (a list of names, [] for none).");
            return [];
        }

        if (child is not YamlSequenceNode seq || seq.Children.Any(c => c is not YamlScalarNode { Value.Length: > 0 }))
        {
            Error(key, $"must be a list of names (line {child.Start.Line}).");
            return [];
        }

        return [.. seq.Children.Cast<YamlScalarNode>().Select(c => c.Value!)];
    }

    public IReadOnlyList<YamlFieldReader> Items(string key)
    {
        _read.Add(key);
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            Error(key, "is required (a list).");
            return [];
        }

        if (child is not YamlSequenceNode seq)
        {
            Error(key, $"must be a list (line {child.Start.Line}).");
            return [];
        }

        var items = new List<YamlFieldReader>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlMappingNode m)
            {
                items.Add(new YamlFieldReader(m, file, $"{Join(key)}[{i}]", errors));
            }
            else
            {
                Error($"{key}[{i}]", $"must be a mapping of fields (line {seq.Children[i].Start.Line}).");
            }
        }

        return items;
    }

    /// <summary>Parses YAML text whose root is a mapping; null (with an error) when it is not valid YAML or not a mapping.</summary>
    public static YamlFieldReader? ParseRoot(string text, string file, List<InputError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            errors.Add(new InputError(file, "", $"is not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {e.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new InputError(file, "", "must hold a YAML mapping of fields."));
            return null;
        }

        return new YamlFieldReader(root, file, "", errors);
    }

    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Reports every field that no accessor asked for: a typo must not be silently ignored.</summary>
    public void RejectUnknown()
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!_read.Contains(key.Value ?? ""))
            {
                Error(key.Value ?? "", $"is not a known field (line {key.Start.Line}); known: {string.Join(", ", _read.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    public void Error(string key, string reason)
    {
        _rejected.Add(key);
        errors.Add(new InputError(file, Join(key), reason));
    }

    private YamlScalarNode? Scalar(string key)
    {
        _read.Add(key);
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            return null;
        }

        if (child is YamlScalarNode s && !(s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is "~" or "null" or ""))
        {
            return s;
        }

        if (child is not YamlScalarNode)
        {
            Error(key, $"must be a single value, found a {(child is YamlSequenceNode ? "list" : "mapping")} (line {child.Start.Line}).");
        }

        return null;
    }

    // A field that was rejected already has its error; do not also call it missing.
    private bool Present(string key) => _rejected.Contains(key);

    private T Missing<T>(string key, string what, T fallback)
    {
        Error(key, $"is required: {what}.");
        return fallback;
    }

    private string Join(string key) => path.Length == 0 ? key : path + "." + key;

    private static string Show(double v) => v.ToString("G", CultureInfo.InvariantCulture);

    /// <summary>The entry's <c>id</c>, which must be its file's name without the extension (so a file holds what its name says).</summary>
    public string FileId(string file)
    {
        var id = Text("id");
        var expected = Path.GetFileNameWithoutExtension(file);
        if (id != expected)
        {
            Error("id", $"must match the file name ('{expected}'), found '{id}'.");
        }

        return id;
    }
}

namespace InferCost.Catalog;

/// <summary>Finds the catalog ids nearest to a mistyped one.</summary>
public static class NameSuggester
{
    /// <summary>Up to <paramref name="count"/> ids close to <paramref name="wanted"/>, nearest first.</summary>
    public static IReadOnlyList<string> Nearest(string wanted, IEnumerable<string> ids, int count = 3)
    {
        var w = wanted.Trim().ToLowerInvariant();
        return [.. ids
            .Select(id => (id, score: Score(w, id)))
            .Where(x => x.score <= Math.Max(3, x.id.Length / 2))
            .OrderBy(x => x.score)
            .ThenBy(x => x.id, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.id)];
    }

    // A prefix is the best hint ("h200" -> "h200-sxm"), then containment, then edit distance.
    private static int Score(string wanted, string id) =>
        id.StartsWith(wanted, StringComparison.Ordinal) ? 0
            : id.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(id, StringComparison.Ordinal) ? 1
            : Levenshtein(wanted, id);

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

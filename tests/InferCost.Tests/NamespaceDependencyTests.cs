using System.Text.RegularExpressions;
using InferCost.Tests.Support;

namespace InferCost.Tests;

/// <summary>
/// The engine's namespaces form layers: no namespace may depend, directly or through others, on one that depends on it.
/// Dependencies are read from the sources (so that a call inside a method body counts, which reflection over signatures
/// would miss): <c>using InferCost.X</c>, fully-qualified <c>InferCost.X.</c> and namespace-relative <c>X.Type</c>
/// references, with comments removed.
/// </summary>
public partial class NamespaceDependencyTests
{
    private static readonly Lazy<Dictionary<string, IReadOnlyDictionary<string, string>>> Graph = new(Read);

    [Fact]
    public void EngineNamespaces_HaveNoCycle()
    {
        var graph = Graph.Value;
        graph.Count.ShouldBeGreaterThan(10, "the scan found the engine's namespaces");
        var cycles = new List<string>();
        foreach (var (from, deps) in graph)
        {
            foreach (var (to, file) in deps)
            {
                if (PathBetween(graph, to, from) is { } back)
                {
                    cycles.Add($"{from} -> {to} ({file}) -> {string.Join(" -> ", back.Skip(1))}");
                }
            }
        }

        cycles.ShouldBeEmpty();
    }

    [Fact]
    public void Settings_DependOnlyOnUnits() =>
        Graph.Value["InferCost.Settings"].Keys.ShouldBe(["InferCost.Units"], ignoreOrder: true);

    [Fact]
    public void Catalog_DoesNotDependOnCalibrationScenariosOrEconomics() =>
        Graph.Value["InferCost.Catalog"].Keys.Intersect(["InferCost.Fidelity", "InferCost.Scenarios", "InferCost.Economics"]).ShouldBeEmpty();

    [Fact]
    public void PathBetween_AFabricatedCycle_IsFound()
    {
        var graph = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = new Dictionary<string, string> { ["B"] = "a.cs" },
            ["B"] = new Dictionary<string, string> { ["C"] = "b.cs" },
            ["C"] = new Dictionary<string, string> { ["A"] = "c.cs" },
        };

        PathBetween(graph, "B", "A").ShouldBe(["B", "C", "A"]);
        PathBetween(graph, "A", "D").ShouldBeNull();
    }

    // A shortest path of dependencies from one namespace to another, or null when there is none.
    private static List<string>? PathBetween(Dictionary<string, IReadOnlyDictionary<string, string>> graph, string from, string to)
    {
        var previous = new Dictionary<string, string> { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var at))
        {
            if (at == to)
            {
                var path = new List<string> { to };
                while (path[0] != from)
                {
                    path.Insert(0, previous[path[0]]);
                }

                return path;
            }

            foreach (var next in graph.TryGetValue(at, out var deps) ? deps.Keys : [])
            {
                if (previous.TryAdd(next, at))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    // Namespace -> (namespace it uses -> one file that uses it).
    private static Dictionary<string, IReadOnlyDictionary<string, string>> Read()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "InferCost");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: f, Code: Comment().Replace(File.ReadAllText(f), "")))
            .Select(f => (f.File, f.Code, Namespace: NamespaceDeclaration().Match(f.Code).Groups[1].Value))
            .Where(f => f.Namespace.Length > 0)
            // The file's own declaration names its parent namespaces (InferCost.Serving in InferCost.Serving.Workloads): not a use.
            .Select(f => (f.File, Code: NamespaceDeclaration().Replace(f.Code, ""), f.Namespace))
            .ToList();
        var names = files.Select(f => f.Namespace).Where(n => n.StartsWith("InferCost.", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (file, code, ns) in files)
        {
            var deps = graph.TryGetValue(ns, out var d) ? d : graph[ns] = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var used in names.Where(n => n != ns && Uses(code, n)))
            {
                deps.TryAdd(used, Path.GetFileName(file));
            }
        }

        return graph.ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.Value, StringComparer.Ordinal);
    }

    // InferCost.X used by name: a using directive, a fully-qualified reference, or X.Type from inside InferCost.
    private static bool Uses(string code, string ns)
    {
        var leaf = Regex.Escape(ns["InferCost.".Length..]);
        return Regex.IsMatch(code, $@"(?<![\w.])(InferCost\.)?{leaf}\.[A-Z]|using (static )?InferCost\.{leaf}(\.\w+)*;");
    }

    [GeneratedRegex(@"//.*|/\*[\s\S]*?\*/")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}

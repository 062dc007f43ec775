using InferCost.Architecture;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Tests;

/// <summary>docs/architecture.md lists every field of the table with its key, kind, range and reason, as the table says.</summary>
public class ArchitectureDocTests
{
    [Fact]
    public void FieldsTable_MatchesScenarioFields_RowForRow()
    {
        var doc = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "architecture.md"));
        var rows = doc.SkipWhile(l => !l.StartsWith("| id | YAML key |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();

        rows.ShouldBe([.. ScenarioFields.All.Select(Row)]);
    }

    private static string Row(ScenarioField f)
    {
        var allowed = f.Range?.Describe(f.Unit) ?? f.Kind switch
        {
            FieldKind.ModelIdOrPath => "a catalog id or a config.json path",
            FieldKind.Precision => string.Join(", ", PrecisionFacts.Names),
            FieldKind.Disaggregation => "xPyD (2P1D) or none",
            FieldKind.KvLink => "scale-out, scale-up or GB/s per GPU",
            _ => "a catalog id",
        };
        return $"| `{f.Id}` | `{f.YamlKey}` | {f.Kind} | {allowed} |" + (f.Range is { } r ? $" {r.Reason} |" : " |");
    }
}

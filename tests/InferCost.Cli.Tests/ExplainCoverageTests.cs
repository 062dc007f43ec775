using System.Text.Json;

namespace InferCost.Cli.Tests;

/// <summary>Every number the estimate reports is a result (or an input) of a derivation step: --explain can explain it.</summary>
public class ExplainCoverageTests
{
    [Theory]
    [InlineData("estimate")]
    [InlineData("estimate", "--model", "deepseek-v3", "--tp", "8", "--batch", "32", "--input", "2k")]
    [InlineData("estimate", "--model", "gpt-oss-120b", "--gpu", "b200", "--weights", "fp4", "--batch", "max")]
    [InlineData("estimate", "--gpu-hour-price", "2.5", "--tp", "2", "--gpus", "4")]
    public void EveryReportedNumber_AppearsInTheDerivation(params string[] args)
    {
        var run = CliRun.Of([.. args, "--format", "json", "--explain"]);
        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var derived = new List<double>();
        foreach (var step in doc.RootElement.GetProperty("derivation").EnumerateArray())
        {
            derived.Add(step.GetProperty("result").GetProperty("value").GetDouble());
            derived.AddRange(step.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("value").GetDouble()));
        }

        var unexplained = new List<string>();
        foreach (var (path, value) in Numbers(doc.RootElement, ""))
        {
            // The confidence is not derived: its band was measured by cross-validation (the calibration profile's) and its
            // factors are the catalog's inputs, listed with their provenance.
            if (path.StartsWith("scenario.", StringComparison.Ordinal) || path.StartsWith("derivation", StringComparison.Ordinal)
                || path.StartsWith("confidence.", StringComparison.Ordinal))
            {
                continue;
            }

            if (!derived.Exists(d => Math.Abs(d - value) <= 1e-12 * Math.Max(1, Math.Abs(value))))
            {
                unexplained.Add($"{path} = {value}");
            }
        }

        unexplained.ShouldBeEmpty();
    }

    private static IEnumerable<(string Path, double Value)> Numbers(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    foreach (var n in Numbers(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name))
                    {
                        yield return n;
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    foreach (var n in Numbers(item, $"{path}[{i++}]"))
                    {
                        yield return n;
                    }
                }

                break;
            case JsonValueKind.Number:
                yield return (path, e.GetDouble());
                break;
        }
    }
}

using System.Globalization;
using InferCost.Reporting.Serving;
using InferCost.Serving.Workloads;

namespace InferCost.Reporting.Tests.Serving;

/// <summary>
/// docs/analyses/traces.md says what the code does: its figures table is what <see cref="RequestTrace.Figures"/>
/// computes (to the doc's rounding), every error it quotes is one the parser gives, and its worked example's numbers hold.
/// </summary>
public class TracesDocTests
{
    private static readonly Lazy<string> Doc = new(() =>
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "analyses", "traces.md")).ReplaceLineEndings("\n"));

    [Fact]
    public void Doc_FiguresTable_IsWhatTheEngineComputes()
    {
        var rows = Block("<!-- figures: traces -->", "<!-- end figures -->").Split('\n').Skip(2).ToList();

        rows.Count.ShouldBe(ShippedTraces.Names.Count);
        foreach (var row in rows)
        {
            var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var f = ShippedTraces.Load(cells[0]).Value.Figures;
            double[] computed =
            [
                f.Requests, f.Duration.Value, f.MeanRatePerSecond!.Value,
                f.InputTokens.Mean, f.InputTokens.Median, f.InputTokens.P90, f.InputTokens.Max,
                f.OutputTokens.Mean, f.OutputTokens.Median, f.OutputTokens.P90, f.OutputTokens.Max,
            ];
            cells.Length.ShouldBe(computed.Length + 1, row);
            for (var i = 0; i < computed.Length; i++)
            {
                var text = cells[i + 1];
                ShouldMatchToItsRounding(text, computed[i], $"{cells[0]} column {i + 2}");
            }
        }
    }

    [Fact]
    public void Doc_ErrorExamples_AreWhatTheParserSays()
    {
        const string Header = "TIMESTAMP,ContextTokens,GeneratedTokens";
        string[] badTraces =
        [
            "",
            Header + "\n",
            "timestamp,ContextTokens,Output\n2023-11-16 18:00:00.0,1,1\n",
            $"{Header}\n2023-11-16 18:00:00.0,1,1\n16/11/2023 18:00,1,1\n",
            $"{Header}\n2023-11-16 18:00:00.0,5,5\n2023-11-16 18:00:01.0,5,5\n2023-11-16 18:00:02.0,-3,5\n",
            $"{Header}\n2023-11-16 18:00:00.0,5,0\n",
            $"{Header}\n2023-11-16 18:00:00.0,1,1\n2023-11-16 18:00:05.0,1,1\n2023-11-16 18:00:04.5,1,1\n",
            $"{Header}\n2023-11-16 18:00:00.0,1\n",
        ];
        var said = badTraces.SelectMany(t => TraceParser.Parse(new StringReader(t), "trace.csv").Errors).Select(e => e.ToString()).ToHashSet();

        var documented = Block("```text\n", "```").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        documented.Length.ShouldBe(badTraces.Length);
        documented.ShouldAllBe(line => said.Contains(line));
    }

    [Fact]
    public void Doc_WorkedExample_NumbersHold()
    {
        var fast = TraceFileReader.Read("azure-conv").Value.Scaled(2).Value.Figures;

        Math.Round(fast.MeanRatePerSecond!.Value, 2).ShouldBe(11.06);
        Math.Round(fast.Duration.Value, 1).ShouldBe(1750.9);
        Doc.Value.ShouldContain("// 11.06 requests/s, 1,750.9 s");
    }

    // The text's value must equal the computed one to within half a unit of its last decimal place.
    private static void ShouldMatchToItsRounding(string text, double computed, string where)
    {
        var plain = text.Replace(",", "", StringComparison.Ordinal);
        var decimals = plain.Contains('.', StringComparison.Ordinal) ? plain.Length - plain.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var value = double.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture);
        Math.Abs(value - computed).ShouldBeLessThanOrEqualTo((0.5 * Math.Pow(10, -decimals)) + 1e-9, $"{where}: the doc says {text}, the engine computes {computed}");
    }

    private static string Block(string start, string end)
    {
        var doc = Doc.Value;
        var from = doc.IndexOf(start, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0, $"docs/analyses/traces.md lacks {start.Trim()}");
        from += start.Length;
        var to = doc.IndexOf(end, from, StringComparison.Ordinal);
        return doc[from..to].Trim();
    }
}

using InferCost.Economics.Floor;
using System.Text.Json.Nodes;
using InferCost.Economics.Market;
using InferCost.Reporting.Economics;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class ConvergeCommandTests
{
    [Theory]
    [InlineData(new[] { "--floor", "abc" }, "--floor", "not a band")]
    [InlineData(new[] { "--floor", "0..0.02" }, "--floor", "above 0")]
    [InlineData(new[] { "--floor", "0.03..0.02" }, "--floor", "LOW <= HIGH")]
    [InlineData(new[] { "--floor", "0.015..0.025", "--since", "2024-99" }, "--since", "not a date")]
    [InlineData(new[] { "--floor", "0.015..0.025", "--since", "2025-01", "--until", "2024-01" }, "--since", "run forwards")]
    [InlineData(new[] { "--floor", "0.015..0.025", "--since", "2025-10" }, "--since", "at least 3")]
    [InlineData(new[] { "--floor", "0.015..0.025", "--metric", "both" }, "--metric", "both")]
    [InlineData(new[] { "--floor", "0.015..0.025", "--prices", "/no/such/file.csv" }, "--prices", "")]
    [InlineData(new[] { "--floor", "0.015..0.025", "--plot", "c.jpg" }, "--plot", ".png or .svg")]
    public void Converge_BadInput_ExitsTwoNamingTheFlag(string[] args, string flag, string reason)
    {
        var run = CliRun.Of(["converge", .. args]);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(flag);
        run.Error.ShouldContain(reason);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Converge_BadPricesFile_ReportsTheLine()
    {
        using var file = new TempFile(".csv");
        File.WriteAllText(file.Path, "date,provider,model,tier,input_usd_per_m,output_usd_per_m,source,note\n2026-01,A,a,frontier,1,-2,s,\n");
        var run = CliRun.Of("converge", "--floor", "0.015..0.025", "--prices", file.Path);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("line 2, column 'output_usd_per_m'");
    }

    [Fact]
    public void Converge_Json_HasOneRateAndOneProjectionPerTier()
    {
        var run = CliRun.Of("converge", "--floor", "0.015..0.025", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonNode.Parse(run.Out)!;
        var tables = json["tables"]!.AsArray();
        var rates = tables[0]!["rows"]!.AsArray();
        rates.Select(r => (string)r!["Tier"]!).ShouldBe(["frontier", "commodity"]);
        foreach (var r in rates)
        {
            var mid = (double)r!["x per 12 months"]!["value"]!;
            ((double)r["12-month low"]!["value"]!).ShouldBeLessThan(mid);
            ((double)r["12-month high"]!["value"]!).ShouldBeGreaterThan(mid);
            ((double)r["Essay as x per 12 months, high"]!["value"]!).ShouldBeGreaterThan(1);
        }

        tables[1]!["rows"]!.AsArray().Count.ShouldBe(2);
        json["sections"]!["Settings"]!["Floor band high"]!["value"]!.GetValue<double>().ShouldBe(0.025);
    }

    [Fact]
    public void Converge_UserPrices_AreFitted()
    {
        using var file = new TempFile(".csv");
        File.WriteAllText(file.Path, "date,provider,model,tier,input_usd_per_m,output_usd_per_m,source,note\n2026-01,Acme,acme-1,commodity,0.01,0.02,https://example.com,\n");
        var run = CliRun.Of("converge", "--floor", "0.015..0.025", "--prices", file.Path, "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("acme-1");
    }

    [Fact]
    public void Chart_PlotsEveryPriceTheFitAndTheBand()
    {
        var band = FloorBand.Create(0.015, 0.025, "test").Value;
        var result = ConvergenceAnalysis.Run(PriceTables.LoadShipped().Value, new ConvergenceSettings(band), PriceTables.LoadClaims().Value).Value;
        var plot = ConvergeChart.Build(result);

        var span = plot.GetPlottables<VerticalSpan>().Single();
        span.Bottom.ShouldBe(Math.Log10(0.015), 1e-12);
        span.Top.ShouldBe(Math.Log10(0.025), 1e-12);

        var scatters = plot.GetPlottables<Scatter>().ToList();
        scatters.Count.ShouldBe(4);
        for (var i = 0; i < result.Tiers.Count; i++)
        {
            var tier = result.Tiers[i];
            var points = scatters[2 * i].Data.GetScatterPoints();
            points.Count.ShouldBe(tier.Prices.Count);
            points.Select(p => p.Y).ShouldBe(tier.Prices.Select(p => Math.Log10(p.Output.Value)), tolerance: 1e-12);

            var line = scatters[(2 * i) + 1].Data.GetScatterPoints();
            line[0].Y.ShouldBe(Math.Log10(tier.FittedPrice(tier.Prices[0].Date)), 1e-12);
            if (tier.Crossing.ReachesLow is { } low && low <= result.ProjectionEnd)
            {
                line[1].Y.ShouldBe(Math.Log10(0.015), 0.01); // the line stops where the fit reaches the band's low edge
            }
        }
    }

    [Fact]
    public void Converge_Plot_WritesAChart()
    {
        using var file = new TempFile(".png");
        var run = CliRun.Of("converge", "--floor", "0.015..0.025", "--plot", file.Path, "--force");
        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);
    }
}

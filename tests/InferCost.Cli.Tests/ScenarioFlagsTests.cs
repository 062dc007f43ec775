using System.CommandLine;
using InferCost.Cli.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Cli.Tests;

/// <summary>The scenario flags are derived from the field table: one per field, "--" + its id, with its help.</summary>
public class ScenarioFlagsTests
{
    [Fact]
    public void AddTo_ShippedTable_OneFlagPerFieldWithItsHelp_ThenTheScenarioFile()
    {
        var command = new Command("estimate");

        ScenarioOptions.AddTo(command);

        command.Options.Select(o => o.Name).ShouldBe([.. ScenarioFields.All.Select(f => "--" + f.Id), "--scenario"]);
        command.Options.Single(o => o.Name == "--capex").Description.ShouldBe("GPU purchase price in USD (default the catalog price of gpu).");
    }

    [Fact]
    public void AddTo_TableWithAnExtraEntry_AddsItsFlag()
    {
        var extra = new ScenarioField { Id = "labour-percent", Kind = FieldKind.Number, Range = new(0, 500, "percent"), Description = "Labour in percent", Default = "none" };
        var command = new Command("estimate");

        ScenarioOptions.AddTo(command, fileOption: false, fields: [.. ScenarioFields.All, extra]);

        command.Options[^1].Name.ShouldBe("--labour-percent");
        command.Options[^1].Description.ShouldBe("Labour in percent (default none).");
    }

    [Fact]
    public void Help_Estimate_ListsEveryFieldsFlag()
    {
        var run = CliRun.Of("estimate", "--help");

        run.ExitCode.ShouldBe(0);
        foreach (var field in ScenarioFields.All)
        {
            run.Out.ShouldContain("--" + field.Id + " ");
        }
    }

    [Theory]
    [InlineData("plot", "--plot")]
    [InlineData("contexts", "--contexts")]
    [InlineData("calibration", "--calibration")]
    [InlineData("catalog", "--catalog")]
    [InlineData("a.yaml", "a.yaml")]
    [InlineData("--batch", "--batch")]
    [InlineData("sweep", "sweep")]
    public void Spelled_LibraryInputIds_BecomeFlags_OtherSourcesStay(string source, string shown) =>
        CliFlags.Spelled(new Results.InputError(source, "", "why")).Source.ShouldBe(shown);

    [Fact]
    public void Sweep_ChartWithTooManyLines_NamesThePlotFlagAndTheXAxisFlag()
    {
        var run = CliRun.Of("sweep", "--batch", "1,8", "--gpu", "h100-sxm,h200-sxm", "--input", "1k,2k,4k,8k", "--output", "128,256,512,1024", "--plot", "x.png");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--plot: the chart would have 32 lines (at most 12); sweep fewer values of the fields other than --batch.");
    }
}

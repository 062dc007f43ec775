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
}

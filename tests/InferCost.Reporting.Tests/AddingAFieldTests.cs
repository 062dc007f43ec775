using InferCost.Reporting.Scenarios;
using InferCost.Reporting.Sweep;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Tests;

/// <summary>
/// The worked example of docs/architecture.md: a field is one entry in the table plus its physics. Here the entry is
/// labour as a percentage (its physics: it sets the labour share to a hundredth of it); the scenario-file key, parsing,
/// messages, resolution and the sweep pick it up with no other change.
/// </summary>
public class AddingAFieldTests
{
    private static readonly ScenarioField LabourPercent = new()
    {
        Id = "labour-percent",
        Kind = FieldKind.Number,
        Unit = "%",
        Range = new(0, 500, "labour-share's range, in percent"),
        Description = "Labour and software as a percentage of infrastructure cost",
        Default = "labour-share's",
        Read = s => s.Finance.LabourShare * 100,
        Write = (s, v) => s with { Finance = s.Finance with { LabourShare = v / 100 } },
    };

    private static readonly IReadOnlyList<ScenarioField> Extended = [.. ScenarioFields.All, LabourPercent];

    [Fact]
    public void ExtraEntry_DerivesItsYamlKeyAndHelp()
    {
        LabourPercent.YamlKey.ShouldBe("labourPercent");
        LabourPercent.Help.ShouldBe("Labour and software as a percentage of infrastructure cost (default labour-share's).");
        LabourPercent.Check(600).ShouldBe("must be from 0 to 500 % (labour-share's range, in percent), found 600.");
    }

    [Fact]
    public void ExtraEntry_IsAcceptedInAScenarioFileAndResolvedThroughItsWrite()
    {
        using var file = new TempFile(".yaml", "labourPercent: 25\n");
        var input = new ScenarioInput(fields: Extended);

        ScenarioFileReader.Read(file.Path, input).ShouldBeEmpty();
        var scenario = ScenarioResolver.Resolve(input, TestCatalog.Calibrated);

        scenario.Succeeded.ShouldBeTrue();
        scenario.Value.Finance.LabourShare.ShouldBe(0.25);
    }

    [Fact]
    public void ExtraEntry_IsListedAmongTheKnownKeys()
    {
        using var file = new TempFile(".yaml", "labourPercentage: 25\n");

        var errors = ScenarioFileReader.Read(file.Path, new ScenarioInput(fields: Extended));

        errors.Single().Reason.ShouldEndWith("gpuHourPrice, disaggregate, kvLink, fabric, offload, offloadDramGb, nvmeDrives, speculative, draftTokens, acceptance, labourPercent.");
        ScenarioFileReader.Read(file.Path, new ScenarioInput()).Single().Reason.ShouldNotContain("labourPercent");
    }

    [Fact]
    public void ExtraEntry_BadValue_GetsItsKindsParserMessage()
    {
        var input = new ScenarioInput(fields: Extended);
        input.SetFromFlag(LabourPercent, new ScenarioValue("lots", "--labour-percent"));

        var errors = ScenarioResolver.Resolve(input, TestCatalog.Calibrated).Errors;

        errors.Single().ToString().ShouldBe("--labour-percent: 'lots' is not a number; labour-percent takes a number from 0 to 500 %.");
    }

    [Fact]
    public void ExtraEntry_IsASweepAxis_ResolvedPerValue()
    {
        var input = new ScenarioInput(fields: Extended);
        input.SetFromFlag(LabourPercent, new ScenarioValue("10,20,30", "--labour-percent"));

        var plan = SweepPlanner.Plan(input, TestCatalog.Calibrated).Value;

        plan.StructuralFields.ShouldBe([LabourPercent]);
        SweepRow.AxisNames(plan).ShouldBe(["labour-percent"]);
        plan.Grid.Cases.Select(c => c.Context!.Scenario.Finance.LabourShare).ShouldBe([0.1, 0.2, 0.3]);
    }
}

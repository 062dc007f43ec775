using InferCost.Fidelity;
using InferCost.Tests.Support;

namespace InferCost.Tests.Fidelity;

public class CalibrationLoaderTests
{
    private const string Profile = """
        source: { ref: "test", date: "2026-11" }
        families:
          hopper:
            bandwidthFraction: 0.7
            computeFraction: 0.5
            linkFraction: 0.6
            cases: 10
            rmsLogError: 0.05
        """;

    [Fact]
    public void Parse_ValidProfile_AppliesToEveryAcceleratorOfTheFamilyAndCitesItself()
    {
        var profile = CalibrationLoader.Parse(Profile, "p.yaml").Value;

        var calibrated = profile.ApplyTo(TestCatalog.Instance);

        calibrated.Accelerators["h100-sxm"].Efficiency.BandwidthFraction.ShouldBe(0.7);
        calibrated.Accelerators["gh200"].Efficiency.ComputeFraction.ShouldBe(0.5);
        calibrated.Accelerators["h200-sxm"].Sources["efficiency"].Reference.ShouldBe("test");
        calibrated.Accelerators["b200"].Efficiency.ShouldBe(TestCatalog.Instance.Accelerators["b200"].Efficiency);
    }

    [Fact]
    public void Parse_OutOfRangeFactor_NamesTheFamilyAndField()
    {
        var result = CalibrationLoader.Parse(Profile.Replace("bandwidthFraction: 0.7", "bandwidthFraction: 1.7", StringComparison.Ordinal), "p.yaml");

        result.Errors.ShouldContain(e => e.Source == "p.yaml" && e.Field == "families.hopper.bandwidthFraction" && e.Reason.Contains("1.7"));
    }

    [Fact]
    public void Parse_StackWithoutBlockFp8Efficiency_SaysTheFieldIsRequired()
    {
        // A profile written before block-scaled FP8 was a stack factor: the loader names the missing field rather than
        // guessing a value for it.
        const string stacks = """

            stacks:
              vllm-v0:
                passFixedUs: 300
                perKernelUs: 3
                perRequestUs: 5
                kvPoolFraction: 0.9
                expertEfficiency: 0.5
                cases: 48
                rmsLogError: 0.2
            """;

        var result = CalibrationLoader.Parse(Profile + stacks, "p.yaml");

        result.Errors.ShouldContain(e => e.Field == "stacks.vllm-v0.blockFp8Efficiency" && e.Reason.Contains("required"), string.Join("; ", result.Errors));
        CalibrationLoader.Parse(Profile + stacks.Replace("cases: 48", "blockFp8Efficiency: 0.4\n    cases: 48", StringComparison.Ordinal), "p.yaml")
            .Value.Stacks["vllm-v0"].Factors.BlockFp8Efficiency.ShouldBe(0.4);
    }

    [Fact]
    public void BuiltInCatalog_ShipsADefaultProfileForTheMeasuredFamilies()
    {
        var profile = ShippedCalibration.LoadBuiltIn().Value;

        profile.ShouldNotBeNull();
        profile.Families.Keys.ShouldBe(["ada", "ampere", "blackwell", "cdna3", "hopper"]); // cdna4 has 4 calibration cases, under the 10 a fit needs
        profile.Source.Reference.ShouldContain("published.csv");
    }
}

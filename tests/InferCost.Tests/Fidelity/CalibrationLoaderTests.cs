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
            fitted: [bandwidthFraction, computeFraction, linkFraction]
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
                fitted: [passFixedUs, perKernelUs]
                cases: 48
                rmsLogError: 0.2
            """;

        var result = CalibrationLoader.Parse(Profile + stacks, "p.yaml");

        result.Errors.ShouldContain(e => e.Field == "stacks.vllm-v0.blockFp8Efficiency" && e.Reason.Contains("required"), string.Join("; ", result.Errors));
        CalibrationLoader.Parse(Profile + stacks.Replace("fitted:", "blockFp8Efficiency: 0.4\n    fitted:", StringComparison.Ordinal), "p.yaml")
            .Value.Stacks["vllm-v0"].Factors.BlockFp8Efficiency.ShouldBe(0.4);
    }

    [Theory]
    [InlineData("fitted: [bandwidthFraction, computeFraction, linkFraction]", "fitted: [bandwidthFraction, speed]", "names 'speed', which is not a fitted factor here; allowed: bandwidthFraction, computeFraction, linkFraction")]
    [InlineData("fitted: [bandwidthFraction, computeFraction, linkFraction]", "fitted: [linkFraction, linkFraction]", "names 'linkFraction' twice")]
    [InlineData("fitted: [bandwidthFraction, computeFraction, linkFraction]", "fitted: 3", "must be a list of names")]
    [InlineData("    fitted: [bandwidthFraction, computeFraction, linkFraction]\n", "", "is required")]
    public void Parse_BadFittedList_NamesTheFieldAndWhatIsAllowed(string from, string to, string reason)
    {
        var result = CalibrationLoader.Parse(Profile.Replace(from, to, StringComparison.Ordinal), "p.yaml");

        result.Errors.ShouldContain(e => e.Field == "families.hopper.fitted" && e.Reason.Contains(reason), string.Join("; ", result.Errors));
    }

    [Fact]
    public void ApplyTo_KeptPriors_AreEachAcceleratorsOwnAndSaySo()
    {
        // Only the bandwidth fraction was fitted: every Hopper part takes it, and keeps its own FLOP/s and link priors.
        var profile = CalibrationLoader.Parse(Profile.Replace("fitted: [bandwidthFraction, computeFraction, linkFraction]", "fitted: [bandwidthFraction]", StringComparison.Ordinal), "p.yaml").Value;

        var calibrated = profile.ApplyTo(TestCatalog.Instance);

        var h100 = calibrated.Accelerators["h100-sxm"].Efficiency;
        h100.BandwidthFraction.ShouldBe(0.7);
        h100.ComputeFraction.ShouldBe(TestCatalog.Instance.Accelerators["h100-sxm"].Efficiency.ComputeFraction);
        calibrated.Calibration!.FamilyPriorsKept["hopper"].ShouldBe(["computeFraction", "linkFraction"]);
        var factors = ConfidenceRule.Assess(calibrated, TestScenarios.Of(gpu: "h100-sxm")).Factors;
        factors.Single(f => f.Key == "computeFraction").Provenance.ShouldContain("not fitted: the calibration cases inform it through fewer than two model families");
        factors.Single(f => f.Key == "bandwidthFraction").Provenance.ShouldContain("calibrated: family hopper");
    }

    [Fact]
    public void BuiltInCatalog_ShipsADefaultProfileForTheMeasuredFamilies()
    {
        var profile = ShippedCalibration.LoadBuiltIn().Value;

        profile.ShouldNotBeNull();
        // cdna4 has 4 calibration cases, under the 10 a fit needs; cdna3's are all DeepSeek-R1, one model family, which
        // identifies none of its factors.
        profile.Families.Keys.ShouldBe(["ada", "ampere", "blackwell", "hopper"]);
        profile.Stacks.Keys.ShouldBe(["trtllm", "trtllm-pytorch"]); // SGLang and vLLM V0 ran one model family each
        profile.Source.Reference.ShouldContain("published.csv");
    }
}

using InferCost.Catalog;
using InferCost.Fidelity;
using InferCost.Performance;
using InferCost.Tests.Support;

namespace InferCost.Tests.Fidelity;

/// <summary>A family without fitted factors, on a stack with fitted factors, runs the stack's fits and its own hardware priors.</summary>
public class TransferRuleTests
{
    private const string Profile = """
        source: { ref: "test profile", date: "2026-11" }
        families:
          hopper:
            bandwidthFraction: 0.7
            computeFraction: 0.5
            linkFraction: 0.6
            fitted: [bandwidthFraction, computeFraction, linkFraction]
            cases: 10
            rmsLogError: 0.05
        stacks:
          trtllm:
            passFixedUs: 300
            perKernelUs: 1.5
            perRequestUs: 4
            kvPoolFraction: 0.93
            expertEfficiency: 0.8
            blockFp8Efficiency: 0.7
            fitted: [passFixedUs, perKernelUs, perRequestUs, kvPoolFraction]
            cases: 10
            rmsLogError: 0.05
        """;

    [Fact]
    public void ApplyTo_UnfittedFamilyOnAFittedStack_TakesTheStacksFactorsAndKeepsItsHardwarePriors()
    {
        var catalog = TestCatalog.Instance;
        var profile = CalibrationLoader.Parse(Profile, "p.yaml", catalog.AcceleratorFamilies, [.. catalog.Stacks.Keys]).Value;

        var calibrated = profile.ApplyTo(catalog);

        profile.HasFamily("blackwell").ShouldBeFalse();
        profile.HasStack("trtllm").ShouldBeTrue();
        calibrated.Accelerators["b200"].Efficiency.ShouldBe(catalog.Accelerators["b200"].Efficiency);
        calibrated.Accelerators["h200-sxm"].Efficiency.BandwidthFraction.ShouldBe(0.7);
        calibrated.Stacks["trtllm"].Factors.PerKernel.Value.ShouldBe(1.5e-6, tolerance: 1e-15);
        calibrated.Stacks["trtllm"].Sources["calibration"].Reference.ShouldBe("test profile");
        calibrated.Defaults.Stack.Factors.ShouldBe(calibrated.Stacks["trtllm"].Factors);
        calibrated.Stacks["vllm"].ShouldBe(catalog.Stacks["vllm"]);

        // A B200 scenario on the default stack: Llama-3.1-70B at TP 1 launches 4 + 80 x 9 = 724 kernels a pass, so
        // t_pass = 300 + 724 x 1.5 = 1,386 us, the stack's fit; the
        // bandwidth it decodes at is its own prior, not Hopper's fit.
        var s = TestScenarios.Of(gpu: "h200-sxm") is var h ? h with
        {
            Deployment = h.Deployment with { Accelerator = calibrated.Accelerators["b200"] },
            Stack = calibrated.Defaults.Stack,
        } : null!;
        var c = new ScenarioContext(s);
        (c.PassOverhead.Value * 1e6).ShouldBe(1386, tolerance: 1e-9);
        c.AchievableBandwidth.Value.ShouldBe(c.PeakBandwidth.Value * catalog.Accelerators["b200"].Efficiency.BandwidthFraction, tolerance: 1);
    }

    [Fact]
    public void Parse_OldProfileWithSoftwareFactorsPerFamily_SaysWhereTheyWent()
    {
        var old = Profile.Replace("linkFraction: 0.6", "linkFraction: 0.6\n    stepOverheadUs: 800\n    usableMemoryFraction: 0.95", StringComparison.Ordinal);

        var result = CalibrationLoader.Parse(old, "old.yaml");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == "families.hopper.stepOverheadUs" && e.Reason.Contains("serving-stack factor") && e.Reason.Contains("refit"));
        result.Errors.ShouldContain(e => e.Field == "families.hopper.usableMemoryFraction" && e.Reason.Contains("kvPoolFraction"));
    }

    [Fact]
    public void Parse_ProfileWithOnlyFamilies_IsReadAndLeavesTheStacksPriors()
    {
        var familiesOnly = Profile[..Profile.IndexOf("stacks:", StringComparison.Ordinal)];

        var profile = CalibrationLoader.Parse(familiesOnly, "p.yaml").Value;

        profile.Stacks.ShouldBeEmpty();
        profile.ApplyTo(TestCatalog.Instance).Stacks["trtllm"].ShouldBe(TestCatalog.Instance.Stacks["trtllm"]);
    }

    [Fact]
    public void Parse_UnknownStack_SuggestsTheNearestKnownOne()
    {
        var result = CalibrationLoader.Parse(Profile.Replace("  trtllm:", "  trtlm:", StringComparison.Ordinal), "p.yaml", null, [.. TestCatalog.Instance.Stacks.Keys]);

        result.Errors.ShouldContain(e => e.Field == "stacks.trtlm" && e.Reason.Contains("unknown serving stack 'trtlm'") && e.Reason.Contains("did you mean 'trtllm'"));
    }
}

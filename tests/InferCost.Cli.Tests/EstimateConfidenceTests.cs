using System.Text.Json;
using InferCost.Fidelity;

namespace InferCost.Cli.Tests;

/// <summary>Every estimate says how far to trust it: JSON, one table line, and where each factor came from under --explain.</summary>
public class EstimateConfidenceTests
{
    [Theory]
    [InlineData("h100-sxm", "llama-3.1-8b", "calibrated")]
    [InlineData("b200", "llama-3.1-8b", "calibrated")] // blackwell and trtllm are both fitted
    [InlineData("mi355x", "llama-3.1-8b", "transferred")] // cdna4 is not: its priors with trtllm's fitted factors
    [InlineData("rtx-pro-6000", "llama-3.1-8b", "transferred")]
    [InlineData("vera-rubin-vr200", "llama-3.1-8b", "priors")]
    public void Json_Confidence_HasTheBasisAndTheShippedBandForIt_WidenedByTheFamiliesItLists(string gpu, string model, string basis)
    {
        var confidence = Confidence("--gpu", gpu, "--model", model);
        var bands = ShippedCalibration.LoadBuiltIn().Value!.Confidence!;
        var band = basis switch { "calibrated" => bands.Calibrated!, "transferred" => bands.Transferred!, _ => bands.Priors! };
        var families = confidence.GetProperty("familyBands").EnumerateArray().ToList();

        confidence.GetProperty("basis").GetString().ShouldBe(basis);
        confidence.GetProperty("p10").GetDouble().ShouldBe(families.Select(f => f.GetProperty("p10").GetDouble()).Append(band.P10).Min());
        confidence.GetProperty("p90").GetDouble().ShouldBe(families.Select(f => f.GetProperty("p90").GetDouble()).Append(band.P90).Max());
        // CDNA4's and Blackwell's published measurements reach beyond their basis bands (the validation rows count too).
        families.Select(f => f.GetProperty("family").GetString()).ShouldBe(gpu switch { "mi355x" => ["cdna4"], "b200" => ["blackwell"], _ => [] });
        confidence.GetProperty("note").GetString()!.Length.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void Json_MoeModel_TakesTheBandMeasuredOnMoeModels()
    {
        var bands = ShippedCalibration.LoadBuiltIn().Value!.Confidence!;
        var moe = Confidence("--model", "mixtral-8x7b");
        var dense = Confidence("--model", "llama-3.1-8b");

        // Mixtral's MoE kernel is TensorRT-LLM's prior (the shipped profile could not identify it): transferred, MoE band.
        moe.GetProperty("basis").GetString().ShouldBe("transferred");
        moe.GetProperty("p90").GetDouble().ShouldBe(bands.MixtureOfExperts!.Transferred!.P90);
        dense.GetProperty("p90").GetDouble().ShouldBe(bands.Calibrated!.P90);
        moe.GetProperty("note").GetString()!.ShouldContain("cases of MoE models");
    }

    [Fact]
    public void Json_ProjectedPart_IsPriorsAndSaysWhy() =>
        Confidence("--gpu", "vera-rubin-vr200").GetProperty("note").GetString()!.ShouldContain("projected (not yet shipping)");

    [Fact]
    public void Json_CalibrationNone_IsPriorsWithTheUncalibratedBand()
    {
        var confidence = Confidence("--calibration", "none");

        confidence.GetProperty("basis").GetString().ShouldBe("priors");
        confidence.GetProperty("p90").GetDouble().ShouldBe(ShippedCalibration.LoadBuiltIn().Value!.Confidence!.Priors!.P90);
        confidence.GetProperty("note").GetString().ShouldStartWith("calibration none");
    }

    [Fact]
    public void Json_LessSureParts_NeverShowANarrowerBand()
    {
        static double Width(params string[] args)
        {
            var c = Confidence(args);
            return c.GetProperty("p90").GetDouble() - c.GetProperty("p10").GetDouble();
        }

        // Parts whose own families do not widen the band: the basis alone orders them.
        var calibrated = Width("--gpu", "h100-sxm");
        var transferred = Width("--gpu", "rtx-pro-6000");
        var priors = Width("--gpu", "vera-rubin-vr200");

        transferred.ShouldBeGreaterThanOrEqualTo(calibrated);
        priors.ShouldBeGreaterThanOrEqualTo(transferred);
        priors.ShouldBeGreaterThan(calibrated);

        // A family band only ever widens: MI355X (transferred, widened to CDNA4's measured error) is no surer than its basis.
        Width("--gpu", "mi355x").ShouldBeGreaterThanOrEqualTo(transferred);
    }

    [Fact]
    public void Table_SaysTheConfidenceInOneLine()
    {
        var run = CliRun.Of("estimate", "--gpu", "rtx-pro-6000", "--model", "llama-3.1-8b");
        var widened = CliRun.Of("estimate", "--gpu", "mi355x", "--model", "llama-3.1-8b");
        var confidence = ShippedCalibration.LoadBuiltIn().Value!.Confidence!;
        var band = confidence.Transferred!;
        var cdna4 = confidence.AcceleratorFamilies["cdna4"];

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Split('\n').Count(l => l.Contains("Confidence", StringComparison.Ordinal)).ShouldBe(1);
        run.Out.ShouldContain(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"transferred: throughput error {band.P10:+0%;-0%} to {band.P90:+0%;-0%} (P10-P90, cross-validated on {band.Cases} cases)"));
        widened.Out.ShouldContain(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"transferred: throughput error {band.P10:+0%;-0%} to {cdna4.P90:+0%;-0%} (P10-P90, cross-validated on {band.Cases} cases; widened to cdna4's measured error)"));
    }

    [Fact]
    public void Explain_ListsWhereEachFactorCameFrom()
    {
        var calibrated = CliRun.Of("estimate", "--explain", "--format", "markdown");
        var prior = CliRun.Of("estimate", "--gpu", "mi355x", "--model", "llama-3.1-8b", "--explain");

        var shipped = ShippedCalibration.LoadBuiltIn().Value!;
        var fitted = $"calibrated: family hopper on {shipped.Families["hopper"].Cases} cases ({shipped.Source.Reference}, {shipped.Source.Date})";

        calibrated.Out.ShouldContain("## Where the factors came from");
        calibrated.Out.ShouldContain("- **bandwidthFraction** (memory bandwidth reached in decode) = ");
        calibrated.Out.ShouldContain(": " + fitted);
        calibrated.Out.ShouldContain($"- **perKernelUs** (start gap and tail per kernel launched) = ");
        calibrated.Out.ShouldContain($": calibrated: stack trtllm on {shipped.Stacks["trtllm"].Cases} cases");
        prior.Out.ShouldContain("- **linkFraction** (all-reduce bandwidth, share of scale-up peak) = ");
        prior.Out.ShouldContain(": catalog prior from data/accelerators/mi355x.yaml");
    }

    [Fact]
    public void Json_Explain_HasEachFactorsProvenance()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("estimate", "--format", "json", "--explain").Out);
        var factors = doc.RootElement.GetProperty("confidence").GetProperty("factors").EnumerateArray().ToList();

        factors.Select(f => f.GetProperty("factor").GetString()).ShouldBe(EfficiencyFactor.All.Select(f => f.Key));
        var shipped = ShippedCalibration.LoadBuiltIn().Value!;
        var family = $"calibrated: family hopper on {shipped.Families["hopper"].Cases} cases";
        var stack = $"calibrated: stack trtllm on {shipped.Stacks["trtllm"].Cases} cases";
        factors.Take(EfficiencyFactor.Family.Count).ShouldAllBe(f => f.GetProperty("provenance").GetString()!.StartsWith(family, StringComparison.Ordinal));
        // The stack's fitted factors cite the fit; the ones it kept at their priors (the MoE and block-FP8 kernels, which
        // the calibration cases see through one model family at most) cite the stack's file and say why.
        var fitted = shipped.Stacks["trtllm"].FittedKeys;
        foreach (var f in factors.Skip(EfficiencyFactor.Family.Count))
        {
            var provenance = f.GetProperty("provenance").GetString()!;
            if (fitted.Contains(f.GetProperty("factor").GetString()!))
            {
                provenance.ShouldStartWith(stack);
            }
            else
            {
                provenance.ShouldBe("catalog prior from data/stacks/trtllm.yaml (not fitted: the calibration cases inform it through fewer than two model families)");
            }
        }

        fitted.Count.ShouldBeLessThan(EfficiencyFactor.Stack.Count);
    }

    [Fact]
    public void Json_WithoutExplain_HasNoFactorList()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("estimate", "--format", "json").Out);

        doc.RootElement.GetProperty("confidence").TryGetProperty("factors", out _).ShouldBeFalse();
    }

    private static JsonElement Confidence(params string[] args)
    {
        var run = CliRun.Of(["estimate", "--format", "json", "--batch", "1", .. args]);
        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.GetProperty("confidence").Clone();
    }
}

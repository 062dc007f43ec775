using System.Text.Json;
using InferCost.Fidelity;

namespace InferCost.Cli.Tests;

/// <summary>Every estimate says how far to trust it: JSON, one table line, and where each factor came from under --explain.</summary>
public class EstimateConfidenceTests
{
    [Theory]
    [InlineData("h100-sxm", "llama-3.1-8b", "calibrated")]
    [InlineData("b200", "llama-3.1-8b", "transferred")]
    [InlineData("mi355x", "llama-3.1-8b", "transferred")]
    [InlineData("vera-rubin-vr200", "llama-3.1-8b", "priors")]
    public void Json_Confidence_HasTheBasisAndTheShippedBandForIt(string gpu, string model, string basis)
    {
        var confidence = Confidence("--gpu", gpu, "--model", model);
        var bands = ShippedCalibration.LoadBuiltIn().Value!.Confidence!;
        var band = basis switch { "calibrated" => bands.Calibrated!, "transferred" => bands.Transferred!, _ => bands.Priors! };

        confidence.GetProperty("basis").GetString().ShouldBe(basis);
        confidence.GetProperty("p10").GetDouble().ShouldBe(band.P10);
        confidence.GetProperty("p90").GetDouble().ShouldBe(band.P90);
        confidence.GetProperty("note").GetString()!.Length.ShouldBeGreaterThan(40);
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

        var calibrated = Width("--gpu", "h100-sxm");
        var transferred = Width("--gpu", "b200");
        var priors = Width("--gpu", "vera-rubin-vr200");

        transferred.ShouldBeGreaterThanOrEqualTo(calibrated);
        priors.ShouldBeGreaterThanOrEqualTo(transferred);
        priors.ShouldBeGreaterThan(calibrated);
    }

    [Fact]
    public void Table_SaysTheConfidenceInOneLine()
    {
        var run = CliRun.Of("estimate", "--gpu", "b200", "--model", "llama-3.1-8b");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Split('\n').Count(l => l.Contains("Confidence", StringComparison.Ordinal)).ShouldBe(1);
        run.Out.ShouldContain("transferred: throughput error -17% to +55% (P10-P90, cross-validated on 373 cases)");
    }

    [Fact]
    public void Explain_ListsWhereEachFactorCameFrom()
    {
        var calibrated = CliRun.Of("estimate", "--explain", "--format", "markdown");
        var prior = CliRun.Of("estimate", "--gpu", "mi355x", "--model", "llama-3.1-8b", "--explain");

        calibrated.Out.ShouldContain("## Where the factors came from");
        calibrated.Out.ShouldContain("- **bandwidthFraction** (memory bandwidth reached in decode) = 76.6%: calibrated: family hopper on 251 cases (infercost calibrate --cases data/measured/published.csv (391 cases), 2026-11)");
        prior.Out.ShouldContain("- **stepOverheadUs** (fixed overhead per forward step) = ");
        prior.Out.ShouldContain(": catalog prior from data/accelerators/mi355x.yaml");
    }

    [Fact]
    public void Json_Explain_HasEachFactorsProvenance()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("estimate", "--format", "json", "--explain").Out);
        var factors = doc.RootElement.GetProperty("confidence").GetProperty("factors").EnumerateArray().ToList();

        factors.Select(f => f.GetProperty("factor").GetString()).ShouldBe(EfficiencyFactor.All.Select(f => f.Key));
        factors.ShouldAllBe(f => f.GetProperty("provenance").GetString()!.StartsWith("calibrated: family hopper on 251 cases", StringComparison.Ordinal));
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

using System.Text.Json;

namespace InferCost.Cli.Tests;

public sealed class CalibrateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("infercost-calibrate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Calibrate_WritesAProfileThatValidateAndEstimateAccept()
    {
        // The Ada (L40S) cases: a whole family, small enough to fit quickly.
        var cases = Path.Combine(_dir, "l40s.csv");
        var lines = File.ReadAllLines(RepositoryFiles.PublishedCases);
        File.WriteAllLines(cases, [lines[0], .. lines.Skip(1).Where(l => l.Contains(",l40s,", StringComparison.Ordinal))]);
        var profile = Path.Combine(_dir, "profile.yaml");

        var run = CliRun.Of("calibrate", "--cases", cases, "--out", profile, "--folds", "2");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Fitted factors by accelerator family");
        run.Out.ShouldContain("in-sample");
        run.Out.ShouldContain("held-out model (2-fold)");
        run.Out.ShouldContain("Each accelerator family held out");
        run.Out.ShouldContain("Each model family held out");
        run.Out.ShouldContain("Targets (issue 9)");
        run.Out.ShouldContain("Confidence bands written to the profile");
        var yaml = File.ReadAllText(profile);
        yaml.ShouldContain("ada:");
        yaml.ShouldContain("bandwidthFraction:");
        yaml.ShouldContain("confidence:");

        var validate = CliRun.Of("validate", "--cases", cases, "--calibration", profile, "--format", "json");
        validate.ExitCode.ShouldBe(0, validate.Error);
        using var doc = JsonDocument.Parse(validate.Out);
        doc.RootElement.GetProperty("sets").GetProperty("calibration").GetProperty("byMetric").GetProperty("output_tps").GetProperty("medianAbsPctError").GetDouble().ShouldBeLessThan(15);

        var estimate = CliRun.Of("estimate", "--gpu", "l40s", "--model", "llama-3.1-8b", "--calibration", profile);
        estimate.ExitCode.ShouldBe(0, estimate.Error);
    }

    [Fact]
    public void Calibrate_Json_HasEveryFigureAndWarnsForEveryFactorAtItsBound()
    {
        // Llama 3.1 8B and Mistral 7B on L40S and A100 (18 cases a family, over the 10 a fit needs), plus one
        // validation-set row that must not be fitted on.
        var cases = Path.Combine(_dir, "small.csv");
        var lines = File.ReadAllLines(RepositoryFiles.PublishedCases);
        var picked = lines.Skip(1).Where(l => new[] { ",llama-3.1-8b,l40s,", ",llama-3.1-8b,a100-sxm-80gb,", ",mistral-7b,l40s,", ",mistral-7b,a100-sxm-80gb," }.Any(k => l.Contains(k, StringComparison.Ordinal))).ToList();
        File.WriteAllLines(cases, [lines[0], .. picked, picked[0].Replace("TRT017-", "VAL-", StringComparison.Ordinal).Replace(",calibration", ",validation", StringComparison.Ordinal)]);
        var profile = Path.Combine(_dir, "small.yaml");

        var run = CliRun.Of("calibrate", "--cases", cases, "--out", profile, "--folds", "2", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        root.GetProperty("families").GetProperty("ada").GetProperty("cases").GetInt32().ShouldBe(18);
        root.GetProperty("generalisation").EnumerateArray().Select(g => g.GetProperty("predictedBy").GetString()).ShouldBe(
            ["in-sample", "held-out model (2-fold)", "held-out accelerator family", "held-out model family", "no calibration (priors)"]);
        root.GetProperty("generalisation")[0].GetProperty("byMetric").GetProperty("output_tps").GetProperty("count").GetInt32().ShouldBe(36);
        root.GetProperty("heldOutAcceleratorFamilies").EnumerateArray().Select(g => g.GetProperty("heldOut").GetString()).ShouldBe(["ada", "ampere"]);
        root.GetProperty("targets").GetArrayLength().ShouldBe(4);
        root.GetProperty("confidence").GetProperty("calibrated").GetProperty("cases").GetInt32().ShouldBe(36);

        // The JSON's warnings are exactly those of the profile written.
        var written = InferCost.Fidelity.CalibrationLoader.Parse(File.ReadAllText(profile), profile).Value;
        var expected = InferCost.Fidelity.BoundWarnings.Of(written).Select(w => $"{w.Owner} {w.Factor.Key}").ToList();
        root.GetProperty("boundWarnings").EnumerateArray().Select(w => $"{w.GetProperty("owner").GetString()} {w.GetProperty("factor").GetString()}").ShouldBe(expected);
        root.GetProperty("boundWarnings").EnumerateArray().ShouldAllBe(w => w.GetProperty("message").GetString()!.Contains("physics the model lacks"));
    }

    [Fact]
    public void Calibrate_OnlyValidationRows_IsAClearError()
    {
        var cases = Path.Combine(_dir, "validation.csv");
        var lines = File.ReadAllLines(RepositoryFiles.PublishedCases);
        File.WriteAllLines(cases, [lines[0], .. lines.Skip(1).Where(l => l.Contains(",validation,", StringComparison.Ordinal))]);

        var run = CliRun.Of("calibrate", "--cases", cases, "--out", Path.Combine(_dir, "v.yaml"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("none of its 309 cases is in the calibration set");
    }

    [Fact]
    public void Calibrate_ExistingOutput_IsNotOverwrittenWithoutForce()
    {
        var profile = Path.Combine(_dir, "keep.yaml");
        File.WriteAllText(profile, "precious");

        var run = CliRun.Of("calibrate", "--cases", RepositoryFiles.PublishedCases, "--out", profile);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("exists; add --force");
        File.ReadAllText(profile).ShouldBe("precious");
    }

    [Fact]
    public void Estimate_CalibrationNone_UsesTheCatalogsOwnFigures()
    {
        static double Step(params string[] extra)
        {
            using var doc = JsonDocument.Parse(CliRun.Of(["estimate", "--format", "json", .. extra]).Out);
            return doc.RootElement.GetProperty("decode").GetProperty("stepSeconds").GetDouble();
        }

        Step("--calibration", "none").ShouldNotBe(Step());
    }
}

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
        run.Out.ShouldContain("In-sample");
        run.Out.ShouldContain("Held-out");
        var yaml = File.ReadAllText(profile);
        yaml.ShouldContain("ada:");
        yaml.ShouldContain("bandwidthFraction:");

        var validate = CliRun.Of("validate", "--cases", cases, "--calibration", profile, "--format", "json");
        validate.ExitCode.ShouldBe(0, validate.Error);
        using var doc = JsonDocument.Parse(validate.Out);
        doc.RootElement.GetProperty("sets").GetProperty("calibration").GetProperty("byMetric").GetProperty("output_tps").GetProperty("medianAbsPctError").GetDouble().ShouldBeLessThan(15);

        var estimate = CliRun.Of("estimate", "--gpu", "l40s", "--model", "llama-3.1-8b", "--calibration", profile);
        estimate.ExitCode.ShouldBe(0, estimate.Error);
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

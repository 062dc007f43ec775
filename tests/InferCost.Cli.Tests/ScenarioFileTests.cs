using System.Text.Json;

namespace InferCost.Cli.Tests;

public sealed class ScenarioFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Scenario_FileValues_AreUsedAndFlagsOverrideThem()
    {
        File.WriteAllText(_path, "model: llama-3.1-8b\ngpu: h100-sxm\nbatch: 32\ninput: 2k\npue: 1.3\nlifeYears: 5\n");

        var run = CliRun.Of("estimate", "--scenario", _path, "--batch", "16", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var s = doc.RootElement.GetProperty("scenario");
        s.GetProperty("model").GetString().ShouldBe("llama-3.1-8b");
        s.GetProperty("gpu").GetString().ShouldBe("h100-sxm");
        s.GetProperty("batch").GetString().ShouldBe("16");
        s.GetProperty("inputTokens").GetInt32().ShouldBe(2048);
        s.GetProperty("pue").GetDouble().ShouldBe(1.3);
        s.GetProperty("lifeYears").GetDouble().ShouldBe(5);
    }

    [Fact]
    public void Scenario_UnknownKey_NamesItAndTheKnownOnes()
    {
        File.WriteAllText(_path, "model: llama-3.1-8b\nbatchsize: 32\n");

        var run = CliRun.Of("estimate", "--scenario", _path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("batchsize: is not a scenario field (line 2)");
        run.Error.ShouldContain("powerPrice");
    }

    [Fact]
    public void Scenario_BadValueInFile_PointsAtTheFileKey()
    {
        File.WriteAllText(_path, "utilisation: 1.5\n");

        var run = CliRun.Of("estimate", "--scenario", _path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{Path.GetFileName(_path)}: utilisation");
        run.Error.ShouldContain("must be from 0.01 to 1");
    }

    [Fact]
    public void Scenario_MalformedYaml_IsAClearError()
    {
        File.WriteAllText(_path, "model: [llama\n  gpu: h100\n");

        var run = CliRun.Of("estimate", "--scenario", _path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is not valid YAML (line");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Scenario_MissingFile_IsAClearError()
    {
        var run = CliRun.Of("estimate", "--scenario", "/nonexistent/s.yaml");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--scenario: file '/nonexistent/s.yaml' does not exist");
    }

    [Fact]
    public void Estimate_BatchFromTheFileThatDoesNotFit_PointsAtTheFileAndKey()
    {
        using var file = new TempFile(".yaml", "batch: 500\n");

        var run = CliRun.Of("estimate", "--scenario", file.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{Path.GetFileName(file.Path)}: batch: batch 500 does not fit: ");
    }

    [Fact]
    public void Estimate_BatchFlagOverTheFile_PointsAtTheFlag()
    {
        using var file = new TempFile(".yaml", "batch: 8\n");

        var run = CliRun.Of("estimate", "--scenario", file.Path, "--batch", "500");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--batch: batch 500 does not fit: ");
    }
}

namespace InferCost.Cli.Tests;

/// <summary>The published measurements ship inside the tool: validate needs no file, and reads the same cases as data/measured/published.csv.</summary>
public class ShippedCasesTests
{
    [Fact]
    public void Validate_WithoutCases_UsesTheShippedMeasurements()
    {
        var shipped = CliRun.Of("validate", "--format", "json");
        var fromFile = CliRun.Of("validate", "--cases", RepositoryFiles.PublishedCases, "--format", "json");

        shipped.ExitCode.ShouldBe(0, shipped.Error);
        shipped.Out.ShouldBe(fromFile.Out);
        shipped.Out.ShouldContain("\"cases\": 674"); // the calibration set
        shipped.Out.ShouldContain("\"cases\": 204"); // the validation set, analytic cases
        shipped.Out.ShouldContain("\"cases\": 105"); // the validation set, serving cases (simulated)
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("calibrate")]
    public void Help_SaysTheShippedMeasurementsAreTheDefault(string command)
    {
        var run = CliRun.Of(command, "--help");

        run.Out.ShouldContain("data/measured/published.csv");
        run.Out.ShouldContain("Default: the 860 published measurements");
    }
}

namespace InferCost.Cli.Tests;

/// <summary>
/// The exit codes the README documents: 0 for success, 2 for every usage error (a bad value, and also a command line
/// System.CommandLine cannot parse, which it would otherwise answer with 1), 70 for a fault in InferCost itself.
/// </summary>
public class ExitCodeTests
{
    [Theory]
    [InlineData("estimate", "--no-such-option")]
    [InlineData("estimate", "--format", "xml")]
    [InlineData("estimate", "--batch")]
    [InlineData("calibrate")]
    [InlineData("no-such-command")]
    [InlineData]
    public void ParseError_ExitsWithTheUsageErrorCode(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldNotBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void BadValue_ExitsWithTheSameUsageErrorCode()
    {
        CliRun.Of("estimate", "--batch", "0").ExitCode.ShouldBe(2);
    }

    [Theory]
    [InlineData("estimate")]
    [InlineData("--help")]
    [InlineData("estimate", "--help")]
    public void Success_ExitsZero(params string[] args)
    {
        CliRun.Of(args).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Codes_AreTheDocumentedOnes()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));

        readme.ShouldContain("| 0 | success");
        readme.ShouldContain("| 2 | usage error");
        readme.ShouldContain("| 70 | internal error");
        InferCost.Cli.Commands.ExitCodes.Ok.ShouldBe(0);
        InferCost.Cli.Commands.ExitCodes.BadInput.ShouldBe(2);
        InferCost.Cli.Commands.ExitCodes.InternalError.ShouldBe(70);
    }
}

namespace InferCost.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = InferCostCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>No .NET stack trace ever reaches the user.</summary>
    public void ShouldHaveNoStackTrace()
    {
        Out.ShouldNotContain("   at ");
        Error.ShouldNotContain("   at ");
        Error.ShouldNotContain("Exception");
    }
}

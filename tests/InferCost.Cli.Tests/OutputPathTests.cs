namespace InferCost.Cli.Tests;

/// <summary>
/// A --plot or --out that cannot be written fails before any work is done or any report is printed (exit 2, nothing on
/// standard output), and --plot follows --out's rule: an existing file is kept unless --force is given.
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("infercost-outputs-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(_dir))
            {
                File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    // Every command that writes a file, with the flag that names it.
    public static TheoryData<string[], string> Writers => new()
    {
        { ["roofline"], "--plot" },
        { ["context", "--contexts", "4k"], "--plot" },
        { ["levers"], "--plot" },
        { ["regions"], "--plot" },
        { ["uncertainty", "--pue", "1.1..1.2", "--samples", "10"], "--plot" },
        { ["sweep", "--batch", "1,8"], "--plot" },
        { ["sweep", "--batch", "1,8"], "--out" },
        { ["validate"], "--plot" },
        { ["calibrate"], "--out" },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void Output_NamingADirectory_FailsBeforeAnyReport(string[] command, string flag)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "out" + Extension(command, flag))).FullName;

        var run = CliRun.Of([.. command, flag, folder]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{flag}: '{folder}' is a directory; give a file name.");
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Output_InAFolderThatTakesNoFile_FailsBeforeAnyReport(string[] command, string flag)
    {
        var folder = UnusablePaths.UnwritableFolder(_dir);
        Assert.SkipWhen(folder is null, "no unwritable folder can be made here (running as root, and no read-only /sys)");
        var path = Path.Combine(folder!, "out" + Extension(command, flag));

        var run = CliRun.Of([.. command, flag, path]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{flag}: folder '{folder}' cannot be written to: ");
        run.Out.ShouldBeEmpty();
        File.Exists(path).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Output_InAFolderThatDoesNotExist_FailsBeforeAnyReport(string[] command, string flag)
    {
        var folder = Path.Combine(_dir, "missing");

        var run = CliRun.Of([.. command, flag, Path.Combine(folder, "out" + Extension(command, flag))]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{flag}: folder '{folder}' does not exist.");
        run.Out.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("roofline")]
    [InlineData("regions")]
    [InlineData("validate")]
    public void Plot_ExistingFile_IsKeptWithoutForceAndReplacedWithIt(string command)
    {
        var path = Path.Combine(_dir, "chart.svg");
        File.WriteAllText(path, "keep me");

        var refused = CliRun.Of(command, "--plot", path);

        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldContain($"--plot: '{path}' exists; add --force to overwrite it.");
        refused.Out.ShouldBeEmpty();
        File.ReadAllText(path).ShouldBe("keep me");

        var forced = CliRun.Of(command, "--plot", path, "--force");

        forced.ExitCode.ShouldBe(0, forced.Error);
        File.ReadAllText(path).ShouldContain("<svg");
    }

    private static string Extension(string[] command, string flag) =>
        flag == "--plot" ? ".png" : command[0] == "calibrate" ? ".yaml" : ".csv";
}

namespace InferCost.Cli.Tests;

/// <summary>
/// A path given where a file is read says what the path actually is (missing, a directory, unreadable), naming the
/// flag, with exit code 2: the same words for --scenario, --cases, --calibration, compare's files and --model.
/// </summary>
public sealed class BadPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("infercost-paths-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            // The unreadable and unwritable fixtures must be deletable again.
            foreach (var entry in Directory.EnumerateFileSystemEntries(_dir))
            {
                File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<string[], string> Readers => new()
    {
        { ["estimate", "--scenario"], "--scenario: " },
        { ["validate", "--cases"], "--cases: " },
        { ["estimate", "--calibration"], "--calibration: " },
        { ["compare"], "compare: " },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void FileOption_GivenADirectory_SaysItIsADirectory(string[] command, string prefix)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "folder.yaml")).FullName;

        var run = CliRun.Of([.. command, folder]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{prefix}'{folder}' is a directory, not a file");
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void FileOption_GivenAnUnreadableFile_SaysItCannotBeRead(string[] command, string prefix)
    {
        var file = UnusablePaths.UnreadableFile(_dir);
        Assert.SkipWhen(file is null, "no unreadable file can be made here (running as root, and no write-only sysfs attribute)");

        var run = CliRun.Of([.. command, file!]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{prefix}'{file}' cannot be read: ");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Model_GivenADirectory_SaysItIsADirectory()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "model")).FullName;

        var run = CliRun.Of("estimate", "--model", folder);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"--model: '{folder}' is a directory, not a config.json file");
    }

    [Fact]
    public void Model_GivenAnUnreadableFile_SaysItCannotBeRead()
    {
        var file = UnusablePaths.UnreadableFile(_dir);
        Assert.SkipWhen(file is null, "no unreadable file can be made here (running as root, and no write-only sysfs attribute)");

        var run = CliRun.Of("estimate", "--model", file!);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"--model: '{file}' cannot be read: ");
    }

    [Fact]
    public void Model_ExistingRelativeFileWithoutJsonExtension_IsReadAsAConfig()
    {
        // A bare name like "good.txt" has no '/' and no .json: only the rule "an existing file wins over a catalog id"
        // makes it a path. The file must be relative to the working directory, so it is made there.
        var name = $"infercost-model-{Guid.NewGuid():N}.txt";
        File.Copy(Path.Combine(RepositoryFiles.Root, "data", "models", "meta-llama--Meta-Llama-3.1-8B.json"), name);
        try
        {
            var run = CliRun.Of("estimate", "--model", name, "--format", "json");

            run.ExitCode.ShouldBe(0, run.Error);
            run.Out.ShouldContain($"\"id\": \"{Path.GetFileNameWithoutExtension(name)}\"");
        }
        finally
        {
            File.Delete(name);
        }
    }

    [Fact]
    public void Model_MissingNameThatLooksLikeAPath_SaysThereIsNoSuchFile()
    {
        var run = CliRun.Of("estimate", "--model", "configs/missing");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--model: 'configs/missing' looks like a path to a config.json, but there is no such file");
    }

    [Fact]
    public void Catalog_GivenAFile_SaysItIsNotAFolder()
    {
        var file = Path.Combine(_dir, "catalog.yaml");
        File.WriteAllText(file, "x: 1\n");

        var run = CliRun.Of("estimate", "--catalog", file);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"--catalog: '{file}' is a file, not a folder");
    }
}

namespace InferCost.Cli.Tests;

/// <summary>A calibration profile's families are checked against the catalog's accelerator families.</summary>
public sealed class CalibrationProfileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("infercost-profile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Estimate_ProfileWithAMisspeltFamily_SaysUnknownFamilyAndListsTheKnownOnes()
    {
        var profile = Path.Combine(_dir, "p.yaml");
        File.WriteAllText(profile, """
            source: { ref: "test", date: "2026-11" }
            families:
              blackwel:
                bandwidthFraction: 0.7
            """);

        var run = CliRun.Of("estimate", "--calibration", profile);

        run.ExitCode.ShouldBe(2);
        var error = run.Error.Trim();
        error.ShouldStartWith($"error: {profile}: families.blackwel: unknown family 'blackwel' (did you mean 'blackwell'?); known: ada, ampere, blackwell,");
        error.ShouldContain("hopper");
        error.ShouldNotContain("is required");
        error.Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public void Estimate_ProfileOfAKnownFamily_IsApplied()
    {
        var profile = Path.Combine(_dir, "p.yaml");
        File.WriteAllText(profile, File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "calibration", "default.yaml")));

        CliRun.Of("estimate", "--calibration", profile, "--format", "json").Out
            .ShouldBe(CliRun.Of("estimate", "--format", "json").Out);
    }

    [Fact]
    public void Estimate_CatalogFolderWhoseShippedProfileMisspellsAFamily_SaysUnknownFamily()
    {
        CopyFolder(Path.Combine(RepositoryFiles.Root, "data"), _dir);
        var shipped = Path.Combine(_dir, "calibration", "default.yaml");
        File.WriteAllText(shipped, File.ReadAllText(shipped).Replace("\n  hopper:", "\n  hoper:", StringComparison.Ordinal));

        var run = CliRun.Of("estimate", "--catalog", _dir);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("families.hoper: unknown family 'hoper' (did you mean 'hopper'?)");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

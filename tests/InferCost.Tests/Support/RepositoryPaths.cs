namespace InferCost.Tests.Support;

/// <summary>Paths in the repository, found from the test's working directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding InferCost.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The test project's own data files (configs outside the catalog, with their sources in SOURCES.md).</summary>
    public static string TestData => Path.Combine(Root, "tests", "InferCost.Tests", "TestData");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InferCost.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (InferCost.slnx) above " + AppContext.BaseDirectory);
    }
}

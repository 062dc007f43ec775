namespace InferCost.Tests.Support;

/// <summary>Paths in the repository and beside it, found from the test's working directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding InferCost.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared/ folder beside the repository (real data: configs, measurements, traces).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

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

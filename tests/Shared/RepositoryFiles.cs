namespace InferCost.TestSupport;

/// <summary>Paths in the repository (the tests read nothing outside it).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PublishedCases => Path.Combine(Root, "data", "measured", "published.csv");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InferCost.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}

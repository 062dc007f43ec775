namespace InferCost.Cli.Commands;

/// <summary>What is at a path.</summary>
internal enum PathKind
{
    /// <summary>Nothing.</summary>
    Missing,

    /// <summary>A file (readable or not).</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,
}

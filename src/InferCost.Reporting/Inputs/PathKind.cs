namespace InferCost.Reporting.Inputs;

/// <summary>What is at a path.</summary>
public enum PathKind
{
    /// <summary>Nothing.</summary>
    Missing,

    /// <summary>A file (readable or not).</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,
}

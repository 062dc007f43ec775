namespace InferCost.Cli.Commands;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A value the user gave was wrong (the message says which and why).</summary>
    public const int BadInput = 2;

    /// <summary>A fault in InferCost itself.</summary>
    public const int InternalError = 70;
}

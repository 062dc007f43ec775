namespace InferCost.Cli.Commands;

/// <summary>Process exit codes (documented in the README; tests hold them).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>
    /// A usage error: a value the user gave was wrong (the message says which and why), or the command line did not
    /// parse (unknown option, missing value).
    /// </summary>
    public const int BadInput = 2;

    /// <summary>A fault in InferCost itself.</summary>
    public const int InternalError = 70;
}

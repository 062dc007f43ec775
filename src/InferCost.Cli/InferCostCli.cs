using System.CommandLine;
using InferCost.Cli.Commands;

namespace InferCost.Cli;

/// <summary>The <c>infercost</c> command line: builds the command tree and runs it against any writers (so tests run it in-process).</summary>
public static class InferCostCli
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("infercost: what an LLM token costs to produce, and why, from the hardware up.")
        {
            EstimateCommand.Create(context),
            CatalogCommand.Create(context),
            ValidateCommand.Create(context),
            CalibrateCommand.Create(context),
            SweepCommand.Create(context),
            RegionsCommand.Create(context),
            LeversCommand.Create(context),
            RooflineCommand.Create(context),
            CompareCommand.Create(context),
            ContextCommand.Create(context),
            UncertaintyCommand.Create(context),
            FloorCommand.Create(context),
            TaskCommand.Create(context),
            DriversCommand.Create(context),
            ConvergeCommand.Create(context),
            MarginCommand.Create(context),
            ProjectCommand.Create(context),
            LayoutsCommand.Create(context),
            SimulateCommand.Create(context),
            SloCommand.Create(context),
        };
        try
        {
            var parse = root.Parse(args);
            var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });

            // System.CommandLine answers its own parse errors (unknown option, missing value, a --format not among the
            // allowed) with 1; they are usage errors like any other bad value, so they get the one usage-error code.
            return parse.Errors.Count > 0 ? ExitCodes.BadInput : code;
        }
#pragma warning disable CA1031 // The last line of defence: a fault must never reach the user as a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"internal error: {e.Message} ({e.GetType().Name}). Please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}

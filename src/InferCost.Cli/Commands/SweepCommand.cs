using System.CommandLine;
using System.Diagnostics;
using InferCost.Cli.Charts;
using InferCost.Cli.Rendering;
using InferCost.Reporting.Sweep;
using InferCost.Results;
using Spectre.Console;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost sweep</c>: any scenario field as a list or range; the Cartesian product, feasible or not, to a table or a file.</summary>
internal static class SweepCommand
{
    private const long ProgressThreshold = 200_000;

    public static Command Create(CliContext context)
    {
        var command = new Command(
            "sweep",
            "Evaluate the Cartesian product of scenario fields given as lists or ranges (--batch 1,8,32,64, --input 1k..128k*2, --gpu h100-sxm,h200-sxm). "
            + "Ranges: lo..hi*factor, lo..hi+step, lo..hi:count, or whole numbers lo..hi. Points that do not fit are reported with the reason, not dropped.");
        var options = AnalysisOptions.AddTo(command, "Chart of $/1M output tokens against the first numeric swept field, one line per combination of the others.");
        var outFile = new Option<string?>("--out")
        {
            Description = "Write the points to a file instead of standard output; the format follows the extension: .parquet, .csv or .json.",
            HelpName = "FILE",
        };
        var force = options.Force!; // shared with --plot
        command.Add(outFile);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(outFile);
            if (path is not null && OutProblem(path, parse.GetValue(force)) is { } problem)
            {
                return context.Fail([new InputError("--out", "", problem)]);
            }

            if (options.LoadCatalog(parse, context) is not { } catalog)
            {
                return ExitCodes.BadInput;
            }

            var input = options.Scenario.ReadInput(parse);
            var plan = input.Succeeded ? SweepPlanner.Plan(input.Value, catalog) : Result.Fail<SweepPlan>(input.Errors);
            if (!plan.Succeeded)
            {
                return context.Fail(plan.Errors);
            }

            var format = parse.GetValue(options.Format)!;
            var count = plan.Value.Grid.Count;
            if (path is null && format is "table" or "markdown" && count > SweepTableSink.MaxRows)
            {
                return context.Fail([new InputError("--format", "", $"{count:#,##0} points is too many to print as a {format} (at most {SweepTableSink.MaxRows:#,##0}); use --format csv or json, or --out FILE.parquet.")]);
            }

            var plotPath = options.PlotPath(parse);
            var chart = plotPath is null ? null : SweepChart.Prepare(plan.Value);
            if (chart is { Succeeded: false })
            {
                return context.Fail(chart.Errors);
            }

            var watch = Stopwatch.StartNew();
            var feasibility = new SweepFeasibility();
            // The sink is disposed (flushed) before the file it writes to.
            using (var file = path is null ? null : File.Create(path))
            using (var sink = OpenSink(plan.Value, path, format, context.Out, file))
            {
                var collectors = chart is null ? (ISweepSink)feasibility : new TeeSink(chart.Value, feasibility);
                Run(plan.Value, new TeeSink(sink, collectors), context);
            }

            if (path is not null)
            {
                context.Out.WriteLine($"Wrote {count:#,##0} points to {path} in {watch.Elapsed.TotalSeconds:0.00} s.");
            }

            // Nothing feasible is an answer, not a usage error: the rows are printed, each with its reason, and exit 0.
            if (feasibility.Feasible == 0)
            {
                context.Error.WriteLine($"note: no point is feasible ({feasibility.InfeasibleSummary}); each row gives its reason.");
            }

            if (chart is not null && plotPath is not null)
            {
                if (feasibility.Feasible == 0)
                {
                    ChartNotes.NotDrawn(context, plotPath, "no point is feasible");
                }
                else
                {
                    PlotFiles.Write(plotPath, chart.Value.Render);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? OutProblem(string path, bool force)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".parquet" or ".csv" or ".json"))
        {
            return $"'{path}' must end in .parquet, .csv or .json (the format follows the extension).";
        }

        return OutputPaths.Problem(path, force);
    }

    private static ISweepSink OpenSink(SweepPlan plan, string? path, string format, TextWriter output, Stream? file)
    {
        if (path is null || file is null)
        {
            return format switch
            {
                "csv" => new SweepCsvSink(plan, output),
                "json" => new SweepJsonSink(plan, output),
                _ => new SweepTableSink(plan, report => ReportFormats.Write(report, format, output)),
            };
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".parquet")
        {
            return new SweepParquetSink(plan, file);
        }

        var writer = new StreamWriter(file, leaveOpen: true);
        return extension == ".csv" ? new OwningSink(new SweepCsvSink(plan, writer), writer) : new OwningSink(new SweepJsonSink(plan, writer), writer);
    }

    // A bar on the terminal for sweeps that take more than a moment; never when standard error is redirected (CI, tests, pipes).
    private static void Run(SweepPlan plan, ISweepSink sink, CliContext context)
    {
        var count = plan.Grid.Count;
        if (count < ProgressThreshold || context.Error != Console.Error || Console.IsErrorRedirected)
        {
            SweepRunner.Run(plan, sink);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask($"Sweeping {count:#,##0} points", maxValue: count);
            SweepRunner.Run(plan, sink, done => task.Value = done);
        });
    }
}

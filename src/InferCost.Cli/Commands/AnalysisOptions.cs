using System.CommandLine;
using InferCost.Catalog;
using InferCost.Cli.Charts;
using InferCost.Cli.Rendering;
using InferCost.Reporting.Rendering;
using InferCost.Cli.Scenarios;
using InferCost.Scenarios;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary>
/// The options every analysis command shares: the scenario flags and --scenario file (as for <c>estimate</c>),
/// --format, --catalog, --calibration and, where a chart fits, --plot with --force.
/// </summary>
internal sealed class AnalysisOptions
{
    private AnalysisOptions(ScenarioOptions scenario, Option<string> format, Option<string?> catalog, Option<string?> calibration, Option<string?>? plot, Option<bool>? force)
    {
        Force = force;
        Scenario = scenario;
        Format = format;
        Catalog = catalog;
        Calibration = calibration;
        Plot = plot;
    }

    public ScenarioOptions Scenario { get; }

    public Option<string> Format { get; }

    public Option<string?> Catalog { get; }

    public Option<string?> Calibration { get; }

    public Option<string?>? Plot { get; }

    /// <summary>--force: overwrite an existing --plot file (and, for a command that writes one, --out); null without --plot.</summary>
    public Option<bool>? Force { get; }

    /// <summary>
    /// Adds the options to a command; <paramref name="plotDescription"/> says what the chart shows (null: no chart);
    /// <paramref name="scenarioFile"/> false leaves out --scenario, for a command that takes scenario files as arguments.
    /// </summary>
    public static AnalysisOptions AddTo(Command command, string? plotDescription, bool scenarioFile = true)
    {
        var scenario = ScenarioOptions.AddTo(command, scenarioFile);
        var format = CommonOptions.Format(ReportFormats.Names);
        var catalog = CommonOptions.Catalog();
        var calibration = CommonOptions.Calibration();
        Option<string?>? plot = plotDescription is null ? null : new Option<string?>("--plot")
        {
            Description = plotDescription + " Written as PNG or SVG by the file's extension.",
            HelpName = "FILE.png|FILE.svg",
        };
        var force = plot is null ? null : new Option<bool>("--force") { Description = "Overwrite the output file(s) (--plot, --out) if they exist." };
        command.Add(format);
        command.Add(catalog);
        command.Add(calibration);
        if (plot is not null)
        {
            command.Add(plot);
            command.Add(force!);
        }

        return new AnalysisOptions(scenario, format, catalog, calibration, plot, force);
    }

    /// <summary>The chart path, or null when none was asked for.</summary>
    public string? PlotPath(ParseResult parse) => Plot is null ? null : parse.GetValue(Plot);

    /// <summary>
    /// Checks the chart path, loads the catalog and resolves the scenario; on any failure prints why and returns null
    /// (the caller returns <see cref="ExitCodes.BadInput"/>).
    /// </summary>
    public (InferCostCatalog Catalog, Scenario Scenario)? Resolve(ParseResult parse, CliContext context)
    {
        if (LoadCatalog(parse, context) is not { } catalog)
        {
            return null;
        }

        var scenario = Scenario.Resolve(parse, catalog);
        if (!scenario.Succeeded)
        {
            context.Fail(scenario.Errors);
            return null;
        }

        return (catalog, scenario.Value);
    }

    /// <summary>
    /// Checks the chart path and loads the catalog (for a command that resolves its scenarios itself); on failure prints
    /// why and returns null.
    /// </summary>
    public InferCostCatalog? LoadCatalog(ParseResult parse, CliContext context)
    {
        if (PlotPath(parse) is { } path && PlotFiles.Check(path, Force is not null && parse.GetValue(Force)) is { } problem)
        {
            context.Fail([new InputError("--plot", "", problem)]);
            return null;
        }

        return context.LoadCatalog(parse.GetValue(Catalog), parse.GetValue(Calibration));
    }

    /// <summary>Writes the report in the chosen format.</summary>
    public void Write(ParseResult parse, Report report, TextWriter output) => ReportFormats.Write(report, parse.GetValue(Format)!, output);
}

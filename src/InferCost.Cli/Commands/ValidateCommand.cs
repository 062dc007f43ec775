using System.CommandLine;
using System.Text.Json;
using InferCost.Cli.Charts;
using InferCost.Cli.Fidelity;
using InferCost.Reporting.Fidelity;
using InferCost.Cli.Rendering;
using InferCost.Reporting.Rendering;
using InferCost.Fidelity;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost validate [--cases FILE.csv]</c>: predictions against published measurements (by default the shipped ones).</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("validate", "Predict each benchmark case with the engine and report the error against the measurement.");
        var cases = CaseOptions.Cases();
        var format = CommonOptions.Format("table", "markdown", "json");
        var plot = new Option<string?>("--plot") { Description = "Write predicted vs measured (log-log, one colour per accelerator, y = x) to a .png or .svg file.", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Overwrite the --plot file if it exists." };
        var catalog = CommonOptions.Catalog();
        var calibration = CommonOptions.Calibration();
        command.Add(cases);
        command.Add(format);
        command.Add(plot);
        command.Add(force);
        command.Add(catalog);
        command.Add(calibration);
        command.SetAction(parse =>
        {
            var plotPath = parse.GetValue(plot);
            if (plotPath is not null && PlotFiles.Check(plotPath, parse.GetValue(force)) is { } plotError)
            {
                return context.Fail([new InputError("--plot", "", plotError)]);
            }

            if (context.LoadCatalog(parse.GetValue(catalog), parse.GetValue(calibration)) is not { } c)
            {
                return ExitCodes.BadInput;
            }

            if (CaseOptions.Read(parse.GetValue(cases), context) is not { } read)
            {
                return ExitCodes.BadInput;
            }

            var predictor = new CasePredictor(c);
            var predictions = read.Select(predictor.Predict).ToList();
            var bias = BiasAnalysis.Of(predictions, c);
            switch (parse.GetValue(format))
            {
                case "json":
                    context.Out.WriteLine(ValidationJson.Build(predictions, bias).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                    break;
                case "markdown":
                    MarkdownReportWriter.Write(ValidationReportBuilder.Build("InferCost validation", predictions, bias), context.Out);
                    break;
                default:
                    SpectreReportWriter.Write(ValidationReportBuilder.Build("InferCost validation", predictions, bias), context.Out);
                    break;
            }

            if (plotPath is not null)
            {
                PlotFiles.Write(plotPath, format => ValidationPlot.Render(predictions, format));
                context.Error.WriteLine($"wrote {plotPath}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

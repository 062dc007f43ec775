using System.CommandLine;
using System.Text.Json;
using InferCost.Catalog;
using InferCost.Cli.Fidelity;
using InferCost.Reporting.Fidelity;
using InferCost.Cli.Rendering;
using InferCost.Reporting.Rendering;
using InferCost.Fidelity;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost calibrate [--cases FILE.csv] --out PROFILE.yaml</c>: fit efficiency per family (by default to the shipped measurements), with cross-validation.</summary>
internal static class CalibrateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("calibrate", "Fit each accelerator family's achievable-efficiency factors to the calibration-set benchmark cases (least squares on log error), cross-validate them (k-fold by model, leaving each accelerator family and each model family out) and write a calibration profile with the error bands measured.");
        var cases = CaseOptions.Cases();
        var output = new Option<string>("--out") { Description = "Where to write the profile (YAML).", HelpName = "FILE.yaml", Required = true };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds; models are dealt into folds so that none is in both train and test (default 5).", DefaultValueFactory = _ => 5 };
        var force = new Option<bool>("--force") { Description = "Overwrite --out if it exists." };
        var format = CommonOptions.Format("table", "markdown", "json");
        var catalog = CommonOptions.Catalog();
        command.Add(cases);
        command.Add(output);
        command.Add(folds);
        command.Add(force);
        command.Add(format);
        command.Add(catalog);
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output)!;
            if (!outPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !outPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                return context.Fail([new InputError("--out", "", $"'{outPath}' must end in .yaml.")]);
            }

            if (OutputPaths.Problem(outPath, parse.GetValue(force)) is { } outProblem)
            {
                return context.Fail([new InputError("--out", "", outProblem)]);
            }

            if (parse.GetValue(folds) < 2)
            {
                return context.Fail([new InputError("--folds", "", $"must be a whole number >= 2, found {parse.GetValue(folds)}.")]);
            }

            // Fit from the catalog's own (uncalibrated) figures, never from a previous profile.
            if (context.LoadCatalog(parse.GetValue(catalog), "none") is not { } raw)
            {
                return ExitCodes.BadInput;
            }

            var casesPath = parse.GetValue(cases);
            if (CaseOptions.Read(casesPath, context) is not { } read)
            {
                return ExitCodes.BadInput;
            }

            var fitted = read.Count(c => c.Set == MeasurementSet.Calibration);
            if (fitted == 0)
            {
                return context.Fail([new InputError(casesPath is null ? CaseOptions.PublishedName : Path.GetFileName(casesPath), "set", $"none of its {read.Count} cases is in the calibration set (set = calibration, or empty); validation rows are never fitted on.")]);
            }

            var source = new SourceRef(
                $"infercost calibrate --cases {(casesPath is null ? CaseOptions.PublishedName : Path.GetFileName(casesPath))} ({fitted} calibration-set cases of {read.Count})",
                CalibrationWriter.Today(),
                "fitted: least squares on ln(predicted / measured), hardware factors per accelerator family and software factors per serving stack in turn, Nelder-Mead simplex");
            var (profile, cv) = CrossValidator.Run(raw, read, source, parse.GetValue(folds));
            File.WriteAllText(outPath, CalibrationWriter.ToYaml(profile));
            switch (parse.GetValue(format))
            {
                case "json":
                    context.Out.WriteLine(CalibrationJson.Build(profile, cv, outPath).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                    break;
                case "markdown":
                    MarkdownReportWriter.Write(CalibrationReportBuilder.Build(profile, cv, outPath), context.Out);
                    break;
                default:
                    SpectreReportWriter.Write(CalibrationReportBuilder.Build(profile, cv, outPath), context.Out);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

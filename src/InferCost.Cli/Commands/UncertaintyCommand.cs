using System.CommandLine;
using InferCost.Cli.Charts;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;
using InferCost.Cli.Scenarios;
using InferCost.Reporting.Scenarios;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost uncertainty</c>: seeded Monte Carlo over the scenario inputs given as ranges or distributions.</summary>
internal static class UncertaintyCommand
{
    public const int DefaultSamples = 10_000;

    public const int DefaultSeed = 1;

    public static Command Create(CliContext context)
    {
        var command = new Command(
            "uncertainty",
            "P10/P50/P90 of $/1M tokens when inputs are uncertain: give any numeric scenario input as low..high (uniform) or low..mode..high (triangular), e.g. --pue 1.07..1.15 --utilisation 0.55..0.75; shows which inputs drive the spread.");
        var options = AnalysisOptions.AddTo(command, "Histogram of $/1M output tokens over the samples, P10, P50 and P90 marked.");
        var samples = new Option<string?>("--samples") { Description = $"Monte Carlo samples, 1 to {UncertaintyAnalysis.MaxSamples:#,##0} (default {DefaultSamples:#,##0}).", HelpName = "N" };
        var seed = new Option<string?>("--seed") { Description = $"Random seed: the same seed gives the same samples (default {DefaultSeed}).", HelpName = "S" };
        command.Add(samples);
        command.Add(seed);
        command.SetAction(parse =>
        {
            var count = Whole(parse.GetValue(samples), "--samples", DefaultSamples, 1, UncertaintyAnalysis.MaxSamples, "the number of samples");
            var seedValue = Whole(parse.GetValue(seed), "--seed", DefaultSeed, 0, int.MaxValue, "the seed");
            if (!count.Succeeded || !seedValue.Succeeded)
            {
                return context.Fail([.. count.Errors, .. seedValue.Errors]);
            }

            if (options.LoadCatalog(parse, context) is not { } catalog)
            {
                return ExitCodes.BadInput;
            }

            var raw = options.Scenario.ReadInput(parse);
            var uncertain = raw.Succeeded ? UncertainScenarioResolver.Resolve(raw.Value, catalog) : Result.Fail<UncertainScenario>(raw.Errors);
            if (!uncertain.Succeeded)
            {
                return context.Fail(uncertain.Errors);
            }

            if (uncertain.Value.Inputs.Count == 0)
            {
                return context.Fail([new InputError("uncertainty", "", $"no input is given as a distribution, so every sample would be the point estimate (see `infercost estimate`); {RangeText.Syntax}, on any of {UncertainScenarioResolver.Sampleable(CliFlags.Of)}.")]);
            }

            var result = UncertaintyAnalysis.Run(uncertain.Value.Scenario, uncertain.Value.Inputs, count.Value, seedValue.Value);
            if (!result.Succeeded)
            {
                return context.Fail(result.Errors, options.Scenario.LastInput);
            }

            options.Write(parse, UncertaintyReportBuilder.Build(result.Value, CliFlags.Of), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                PlotFiles.Write(path, format => UncertaintyChart.Render(result.Value, format));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Result<int> Whole(string? text, string flag, int fallback, int min, int max, string what) =>
        text is null ? Result.Ok(fallback) : InputParsers.WholeNumber(new ScenarioValue(text, flag), min, max, what);
}

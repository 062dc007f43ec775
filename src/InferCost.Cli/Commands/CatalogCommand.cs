using System.CommandLine;
using InferCost.Catalog;
using InferCost.Results;
using System.Text.Json;
using System.Text.Json.Nodes;
using InferCost.Cli.Rendering;
using InferCost.Reporting.Rendering;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost catalog [id]</c>: what the catalog holds, and one entry with its sources.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("catalog", "List the catalog's models, accelerators, regions and fabrics, or show one entry with its sources.");
        var id = new Argument<string?>("id") { Description = "A model, accelerator, region or fabric id to show in full.", Arity = ArgumentArity.ZeroOrOne };
        var format = CommonOptions.Format("table", "markdown", "json");
        var catalog = CommonOptions.Catalog();
        var calibration = CommonOptions.Calibration();
        command.Add(calibration);
        command.Add(id);
        command.Add(format);
        command.Add(catalog);
        command.SetAction(parse =>
        {
            if (context.LoadCatalog(parse.GetValue(catalog), parse.GetValue(calibration)) is not { } c)
            {
                return ExitCodes.BadInput;
            }

            Report report;
            if (parse.GetValue(id) is not { } wanted)
            {
                report = CatalogReportBuilder.Overview(c);
            }
            else if (c.Models.TryGetValue(wanted, out var model))
            {
                report = CatalogReportBuilder.Model(model);
            }
            else if (c.Accelerators.TryGetValue(wanted, out var accelerator))
            {
                report = CatalogReportBuilder.Accelerator(accelerator);
            }
            else if (wanted.StartsWith(GenerationSeries.ExtrapolatedIdPrefix, StringComparison.Ordinal))
            {
                // An extrapolated generation is an accelerator the catalog derives, with its derivation as its sources.
                var extrapolated = c.FindAccelerator(wanted, "id");
                if (!extrapolated.Succeeded)
                {
                    // The id is the command's argument, not a flag: name it as such.
                    return context.Fail([.. extrapolated.Errors.Select(e => new InputError("id", "", e.Reason, e.Code))]);
                }

                report = CatalogReportBuilder.Accelerator(extrapolated.Value);
            }
            else if (c.Regions.TryGetValue(wanted, out var region))
            {
                report = CatalogReportBuilder.Region(region);
            }
            else if (c.Fabrics.TryGetValue(wanted, out var fabric))
            {
                report = CatalogReportBuilder.Fabric(fabric);
            }
            else
            {
                var near = InferCost.Catalog.NameSuggester.Nearest(wanted, c.Models.Keys.Concat(c.Accelerators.Keys).Concat(c.Regions.Keys).Concat(c.Fabrics.Keys));
                var hint = near.Count > 0 ? $"did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?" : "run `infercost catalog` to list them.";
                return context.Fail([new Results.InputError("catalog", "id", $"'{wanted}' is not a model, accelerator, region or fabric; {hint}")]);
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    context.Out.WriteLine(ReportJson(report).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                    break;
                case "markdown":
                    MarkdownReportWriter.Write(report, context.Out);
                    break;
                default:
                    SpectreReportWriter.Write(report, context.Out);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // The catalog's JSON mirrors the report: sections of label/value, tables of rows keyed by header.
    private static JsonObject ReportJson(Report report) => new()
    {
        ["title"] = report.Title,
        ["sections"] = new JsonArray([.. report.Sections.Select(s => (JsonNode)new JsonObject
        {
            ["title"] = s.Title,
            ["rows"] = new JsonObject([.. s.Rows.Select(r => KeyValuePair.Create(r.Label.Trim(), (JsonNode?)Cell(r.Value)))]),
        })]),
        ["tables"] = new JsonArray([.. report.Tables.Select(t => (JsonNode)new JsonObject
        {
            ["title"] = t.Title,
            ["rows"] = new JsonArray([.. t.Rows.Select(row => (JsonNode)new JsonObject([.. t.Headers.Select((h, i) => KeyValuePair.Create(h, (JsonNode?)Cell(row[i])))]))]),
        })]),
    };

    private static JsonValue? Cell(ReportCell c) => c.Value is { } q ? JsonValue.Create(q.Value) : JsonValue.Create(c.Text);
}

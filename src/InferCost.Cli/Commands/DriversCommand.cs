using System.CommandLine;
using InferCost.Cli.Charts;
using InferCost.Cli.Rendering;
using InferCost.Economics.Drivers;
using InferCost.Reporting.Catalogs;
using InferCost.Reporting.Economics;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost drivers</c>: essay 004's compounding drivers of the per-token price (supply) and Jevons' paradox as a number (demand).</summary>
internal static class DriversCommand
{
    /// <summary>What the demand chart's file name adds to the --plot name: chart.png also writes chart-demand.png.</summary>
    public const string DemandSuffix = "-demand";

    public static Command Create(CliContext context)
    {
        var command = new Command(
            "drivers",
            "Essay 004's four compounding drivers of the per-token price (hardware, software, architecture, quantization; a range each) as a factor per cycle and over N cycles with the low-high spread, and token demand as the price falls at a constant elasticity (given, or read from an observed price drop and spend growth: essays 003/004's 1,000x and 4.5x).");
        var format = CommonOptions.Format(ReportFormats.Names);
        var catalog = CommonOptions.Catalog();
        var plot = new Option<string?>("--plot")
        {
            Description = $"Charts: the compounded factor against cycles with the low-high band (log axis) to FILE, and tokens, spend and price against the price drop (log-log) to FILE{DemandSuffix} with the same extension. PNG or SVG by the file's extension.",
            HelpName = "FILE.png|FILE.svg",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite the chart files if they exist." };
        var cycles = new Option<double?>("--" + DriverFields.Cycles) { Description = "Hardware cycles to compound over (default: the catalog's 2, essay 004's 'roughly two full cycles since late 2022').", HelpName = "N" };
        var elasticity = new Option<double?>("--" + DriverFields.Elasticity) { Description = "Price elasticity of token demand, 0 to 5 (default: read from the observed pair).", HelpName = "E" };
        var observedDrop = new Option<double?>("--" + DriverFields.ObservedPriceDrop) { Description = "Observed price drop to read the elasticity from (default: the essays' 1,000x).", HelpName = "X" };
        var observedSpend = new Option<double?>("--" + DriverFields.ObservedSpendGrowth) { Description = "Observed spend growth over the same period (default: the essays' 4.5x).", HelpName = "X" };
        var drops = new Option<string?>("--" + DriverFields.PriceDrops) { Description = "Price-drop factors for the demand table, comma-separated (default 1,10,100,1000,10000).", HelpName = "1,10,100" };
        command.Add(format);
        command.Add(catalog);
        command.Add(plot);
        command.Add(force);
        command.Add(cycles);

        var builtIn = DriverCatalogLoader.LoadBuiltIn();
        var driverIds = builtIn.Succeeded ? builtIn.Value.Drivers.Select(d => d.Id).ToList() : [];
        var driverOptions = driverIds.Select(id => new Option<string?>("--" + id)
        {
            Description = $"The {id} driver's gain per cycle as low..high or one number (default: the catalog's {Describe(builtIn.Value.Drivers.First(d => d.Id == id))}).",
            HelpName = "LOW..HIGH",
        }).ToList();
        driverOptions.ForEach(command.Add);
        command.Add(elasticity);
        command.Add(observedDrop);
        command.Add(observedSpend);
        command.Add(drops);

        command.SetAction(parse =>
        {
            var path = parse.GetValue(plot);
            if (path is not null && (PlotFiles.Check(path, parse.GetValue(force)) ?? PlotFiles.Check(DemandPath(path), parse.GetValue(force))) is { } problem)
            {
                return context.Fail([new InputError("--plot", "", problem)]);
            }

            var loaded = CatalogChoice.SourceOf(parse.GetValue(catalog)).Bind(DriverCatalogLoader.Load);
            if (!loaded.Succeeded)
            {
                return context.Fail(loaded.Errors);
            }

            var data = loaded.Value;
            var errors = new List<InputError>();
            var drivers = new List<CostDriver>();
            foreach (var d in data.Drivers)
            {
                var text = driverOptions.FirstOrDefault(o => o.Name == "--" + d.Id) is { } o ? parse.GetValue(o) : null;
                if (text is null)
                {
                    drivers.Add(d);
                    continue;
                }

                var parsed = DriversRangeParser.Parse(text, d.Id).Bind(r => CostDriver.Create(d.Id, d.Name, r.Low, r.High, d.How));
                errors.AddRange(parsed.Errors);
                if (parsed.Succeeded)
                {
                    drivers.Add(parsed.Value);
                }
            }

            var e = Elasticity(parse, data, elasticity, observedDrop, observedSpend);
            errors.AddRange(e.Errors);
            var priceDrops = parse.GetValue(drops) is { } list ? DriversPriceDropListParser.Parse(list) : Result.Ok(data.PriceDrops);
            errors.AddRange(priceDrops.Errors);
            if (errors.Count > 0)
            {
                return context.Fail(errors);
            }

            var result = DriversAnalysis.Run(drivers, parse.GetValue(cycles) ?? data.Cycles, data.HeadlineFactor, e.Value, priceDrops.Value);
            if (!result.Succeeded)
            {
                return context.Fail(result.Errors);
            }

            ReportFormats.Write(DriversReportBuilder.Build(result.Value, data), parse.GetValue(format)!, context.Out);
            if (path is not null)
            {
                PlotFiles.Write(path, f => DriversSupplyChart.Render(result.Value.Supply, f));
                PlotFiles.Write(DemandPath(path), f => DriversDemandChart.Render(result.Value, f));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The demand chart's path beside the supply chart's: chart.png -> chart-demand.png.</summary>
    internal static string DemandPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + DemandSuffix + Path.GetExtension(path));

    private static string Describe(CostDriver d) => FormattableString.Invariant($"{d.Low}..{d.High}");

    private static Result<DemandElasticity> Elasticity(
        ParseResult parse, DriverCatalog data, Option<double?> elasticity, Option<double?> observedDrop, Option<double?> observedSpend)
    {
        var (given, drop, spend) = (parse.GetValue(elasticity), parse.GetValue(observedDrop), parse.GetValue(observedSpend));
        if (given is { } e)
        {
            return drop is null && spend is null
                ? DemandElasticity.FromValue(e)
                : Result.Fail<DemandElasticity>("--" + DriverFields.Elasticity, "", "give either an elasticity or an observed price drop and spend growth to read one from, not both.");
        }

        return DemandElasticity.FromObserved(drop ?? data.Observed.PriceDrop, spend ?? data.Observed.SpendGrowth);
    }
}

using System.CommandLine;
using InferCost.Economics.Floor;
using InferCost.Reporting.Economics;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Cli.Commands;

/// <summary>
/// The floor's own best-case inputs (--floor-power-price, --floor-pue, --floor-utilisation, --floor-life-years), shared by
/// the commands that compute the physical floor (floor, and converge for its default band).
/// </summary>
internal sealed class FloorOptions
{
    private FloorOptions(Option<double?> powerPrice, Option<double?> pue, Option<double?> utilisation, Option<double?> life)
    {
        PowerPrice = powerPrice;
        Pue = pue;
        Utilisation = utilisation;
        Life = life;
    }

    private Option<double?> PowerPrice { get; }

    private Option<double?> Pue { get; }

    private Option<double?> Utilisation { get; }

    private Option<double?> Life { get; }

    /// <summary>Adds the options to a command.</summary>
    public static FloorOptions AddTo(Command command)
    {
        var options = new FloorOptions(
            new Option<double?>("--floor-power-price")
            {
                Description = "The floor's power price, USD/kWh (default: the best case in data/floor.yaml, $0.04/kWh; --power-price prices today's estimate).",
                HelpName = "USD/kWh",
            },
            new Option<double?>("--floor-pue") { Description = "The floor's PUE, 1-3 (default: the best case in data/floor.yaml, 1.1; --pue prices today's estimate).", HelpName = "PUE" },
            new Option<double?>("--floor-utilisation")
            {
                Description = "The floor's utilisation, above 0 and at most 1 (default: data/floor.yaml, 1.0; --utilisation prices today's estimate).",
                HelpName = "fraction",
            },
            new Option<double?>("--floor-life-years")
            {
                Description = "Years the floor spreads capital over, 0.1-20 (default: data/floor.yaml, 6; --life-years prices today's estimate).",
                HelpName = "years",
            });
        command.Add(options.PowerPrice);
        command.Add(options.Pue);
        command.Add(options.Utilisation);
        command.Add(options.Life);
        return options;
    }

    /// <summary>The best-case defaults of the catalog in <paramref name="catalogFolder"/> with the user's overrides on top.</summary>
    public Result<(FloorAssumptions Assumptions, FloorDefaults Defaults)> Resolve(ParseResult parse, string? catalogFolder) =>
        FloorDefaultsChoice.Load(catalogFolder).Map(defaults =>
        {
            var best = defaults.Assumptions;
            var assumptions = new FloorAssumptions(
                parse.GetValue(PowerPrice) is { } p ? new DollarsPerKilowattHour(p) : best.PowerPrice,
                parse.GetValue(Pue) ?? best.Pue,
                parse.GetValue(Utilisation) ?? best.Utilisation,
                parse.GetValue(Life) ?? best.LifeYears);
            return (assumptions, defaults);
        });
}

using System.CommandLine;
using System.Globalization;
using InferCost.Catalog;
using InferCost.Economics.Margin;
using InferCost.Economics.Market;
using InferCost.Economics.Rental;
using InferCost.Reporting.Economics;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Cli.Commands;

/// <summary>
/// <c>infercost margin</c>: an API's list price against the deployment's cost per token, owned (bottom-up) and rented
/// (the user's --gpu-hour-price and each provider tier's median rent), with the gross margin and markup at each (essay
/// 001 section 8's reasoning with correct arithmetic).
/// </summary>
internal static class MarginCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("margin",
            "An API's list price against the deployment's cost per token: owned (bottom-up) and rented (--gpu-hour-price and each provider tier's median rent for the accelerator), with the gross margin and markup at each (essay 001 section 8).");
        var options = AnalysisOptions.AddTo(command, null);
        var listPrice = new Option<double?>("--list-price") { Description = "The list price per 1M output tokens in USD (or use --api-model).", HelpName = "USD" };
        var listInputPrice = new Option<double?>("--list-input-price") { Description = "The list price per 1M input tokens in USD, with --list-price.", HelpName = "USD" };
        var apiModel = new Option<string?>("--api-model") { Description = "Take the list price of this model from the price table (data/market/api-prices.csv), e.g. gpt-4o.", HelpName = "ID" };
        var asOf = new Option<string?>("--as-of") { Description = "The date whose prices apply: each model's and provider's latest on or before it (default: today).", HelpName = "DATE" };
        var prices = new Option<string?>("--prices") { Description = "More API prices as CSV in the format of data/market/api-prices.csv, added to the shipped table.", HelpName = "FILE.csv" };
        var rentals = new Option<string?>("--rentals") { Description = "More GPU rental prices as CSV in the format of data/market/gpu-rentals.csv, added to the shipped table.", HelpName = "FILE.csv" };
        var commitment = new Option<string>("--commitment")
        {
            Description = "Which rental prices to compare: " + string.Join(", ", RentalNames.Commitments) + ".",
            HelpName = string.Join("|", RentalNames.Commitments),
            DefaultValueFactory = _ => "on-demand",
        };
        foreach (var option in new Option[] { listPrice, listInputPrice, apiModel, asOf, prices, rentals, commitment })
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var date = parse.GetValue(asOf) is { } text
                ? ConvergeInputParser.Date(text, "--as-of", "")
                : Result.Ok(DateOnly.FromDateTime(DateTime.UtcNow));
            var chosen = RentalNames.Commitment(parse.GetValue(commitment)!) is { } c
                ? Result.Ok(c)
                : Result.Fail<RentalCommitment>("--commitment", "", $"'{parse.GetValue(commitment)}' is not a commitment; use one of {string.Join(", ", RentalNames.Commitments)}.");
            if (!date.Succeeded || !chosen.Succeeded)
            {
                return context.Fail([.. date.Errors, .. chosen.Errors]);
            }

            var price = Price(parse, listPrice, listInputPrice, apiModel, prices, parse.GetValue(options.Catalog), date.Value);
            var table = MarketFiles.Rentals(parse.GetValue(rentals), parse.GetValue(options.Catalog));
            if (!price.Succeeded || !table.Succeeded)
            {
                return context.Fail([.. price.Errors, .. table.Errors], options.Scenario.LastInput);
            }

            var tiers = table.Value.ByTier(scenario.Accelerator.Id, chosen.Value, date.Value);
            var rents = new List<RentOption>();
            if (scenario.Finance.RentedGpuHourPrice is { } given)
            {
                rents.Add(new RentOption("Rented at --gpu-hour-price", given));
            }

            rents.AddRange(tiers.Select(t => new RentOption(
                $"Rented, {RentalNames.Name(t.Tier)} median ({t.Quotes.Count} provider{(t.Quotes.Count == 1 ? "" : "s")})", t.Median)));
            var result = MarginAnalysis.Compute(scenario, price.Value, rents);
            if (!result.Succeeded)
            {
                return context.Fail(result.Errors, options.Scenario.LastInput);
            }

            options.Write(parse, MarginReportBuilder.Build(result.Value, tiers), context.Out);
            return ExitCodes.Ok;
        });
        return command;
    }

    // The list price: given per 1M tokens, or a model's latest in the price table; exactly one of the two.
    private static Result<ListPrice> Price(
        ParseResult parse, Option<double?> listPrice, Option<double?> listInputPrice, Option<string?> apiModel, Option<string?> prices, string? catalog, DateOnly asOf)
    {
        var model = parse.GetValue(apiModel);
        var output = parse.GetValue(listPrice);
        var input = parse.GetValue(listInputPrice);
        if (model is not null && (output is not null || input is not null))
        {
            return Result.Fail<ListPrice>("--api-model", "", "give either --api-model or --list-price (with --list-input-price), not both.");
        }

        if (model is null)
        {
            if (output is null)
            {
                return Result.Fail<ListPrice>("--list-price", "",
                    "margin needs a list price: give --list-price USD (per 1M output tokens, and --list-input-price for input) or --api-model ID (a model of data/market/api-prices.csv, e.g. gpt-4o).");
            }

            var checkedOutput = ListPriceLimits.Check(output.Value, ListPriceLimits.OutputField);
            var checkedInput = input is { } i ? ListPriceLimits.Check(i, ListPriceLimits.InputField).Map(v => (DollarsPerMillionTokens?)v) : Result.Ok<DollarsPerMillionTokens?>(null);
            return !checkedOutput.Succeeded || !checkedInput.Succeeded
                ? Result.Fail<ListPrice>([.. checkedOutput.Errors, .. checkedInput.Errors])
                : Result.Ok(new ListPrice("given", checkedOutput.Value, checkedInput.Value, ""));
        }

        var table = MarketFiles.Prices(parse.GetValue(prices), catalog);
        if (!table.Succeeded)
        {
            return Result.Fail<ListPrice>(table.Errors);
        }

        if (table.Value.Latest(model, asOf) is not { } row)
        {
            var near = NameSuggester.Nearest(model.Trim().ToLowerInvariant(), table.Value.Models);
            var on = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Result.Fail<ListPrice>("--api-model", "", near.Count > 0
                ? $"no list price for '{model}' on or before {on}; did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?"
                : $"no list price for '{model}' on or before {on}; known: {string.Join(", ", table.Value.Models)}.");
        }

        return Result.Ok(new ListPrice(
            $"{row.Provider} {row.Model} from {row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", row.Output, row.Input, row.Source));
    }
}

using System.Collections.Immutable;
using InferCost.Catalog;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Economics.Tasks;

/// <summary>Reads and validates data/economics/tasks.yaml; every figure must carry its source.</summary>
public static class TaskCatalogLoader
{
    /// <summary>Reads the built-in copy.</summary>
    public static Result<TaskCatalog> LoadBuiltIn() => Load(new EmbeddedCatalogSource());

    /// <summary>Reads the file from <paramref name="source"/>.</summary>
    public static Result<TaskCatalog> Load(ICatalogSource source)
    {
        var errors = new List<InputError>();
        if (!source.Exists(TaskCatalog.File))
        {
            return Result.Fail<TaskCatalog>(source.Description, TaskCatalog.File, "is missing: it holds the task shapes of `infercost task`.");
        }

        if (YamlFieldReader.ParseRoot(source.Read(TaskCatalog.File), TaskCatalog.File, errors) is not { } root)
        {
            return Result.Fail<TaskCatalog>(errors);
        }

        var shapes = new Dictionary<string, TaskShapePreset>(StringComparer.Ordinal);
        foreach (var r in root.Items("shapes"))
        {
            var id = r.Text("id");
            var name = r.Text("name");
            var calls = r.Int("callsPerTask", (int)TaskFields.CallsRange.Min, (int)TaskFields.CallsRange.Max, "LLM calls per task");
            var multiplier = r.Number("tokenMultiplier", TaskFields.MultiplierRange.Min, TaskFields.MultiplierRange.Max, "tokens per task over the calls' own");
            var source1 = r.Map("source") is { } s ? CatalogLoader.ReadSource(s) : null;
            r.RejectUnknown();
            if (source1 is not null && !shapes.TryAdd(id, new TaskShapePreset(id, name, calls, multiplier, source1)))
            {
                r.Error("id", $"'{id}' is listed twice.");
            }
        }

        var netChanges = new List<NetChange>();
        foreach (var r in root.Items("netChanges"))
        {
            var label = r.Text("label");
            var drop = r.Number("priceDrop", TaskFields.FactorRange.Min, TaskFields.FactorRange.Max, "times cheaper per token");
            var growth = r.Number("tokenGrowth", TaskFields.FactorRange.Min, TaskFields.FactorRange.Max, "times more tokens per task");
            var src = r.Map("source") is { } s ? CatalogLoader.ReadSource(s) : null;
            r.RejectUnknown();
            netChanges.Add(new NetChange(label, drop, growth, src));
        }

        var ticket = ReadTicket(root.Map("ticket"));
        var defaultId = root.Text("defaultShape");
        root.RejectUnknown();
        if (errors.Count == 0 && !shapes.ContainsKey(defaultId))
        {
            errors.Add(new InputError(TaskCatalog.File, "defaultShape", $"'{defaultId}' is not one of the shapes ({string.Join(", ", shapes.Keys)})."));
        }

        return errors.Count > 0 || ticket is null
            ? Result.Fail<TaskCatalog>(errors.Count > 0 ? errors : [new InputError(TaskCatalog.File, "ticket", "is required.")])
            : Result.Ok(new TaskCatalog(shapes.ToImmutableSortedDictionary(StringComparer.Ordinal), shapes[defaultId], netChanges, ticket));
    }

    private static TicketClaim? ReadTicket(YamlFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var calls = r.Int("callsPerTask", (int)TaskFields.CallsRange.Min, (int)TaskFields.CallsRange.Max, "LLM calls per ticket");
        var costs = r.Items("pricedCosts").Select(c =>
        {
            var price = c.Number("usdPerMillionTokens", TaskFields.PriceRange.Min, TaskFields.PriceRange.Max, "USD per 1M tokens");
            var cost = c.Number("usdPerTask", 1e-9, 1e9, "USD per ticket");
            var label = c.Text("label");
            c.RejectUnknown();
            return new PricedTaskCost(label, new DollarsPerMillionTokens(price), new Dollars(cost));
        }).ToList();
        var source = r.Map("source") is { } s ? CatalogLoader.ReadSource(s) : null;
        r.RejectUnknown();
        return source is null ? null : new TicketClaim(calls, costs, source);
    }
}

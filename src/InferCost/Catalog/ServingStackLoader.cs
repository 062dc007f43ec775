using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>Reads and validates the serving stacks (data/stacks/*.yaml): every figure in its physical range, every group sourced.</summary>
internal static class ServingStackLoader
{
    private static readonly string[] SourceGroups = ["overhead", "memory", "attention", "defaults"];

    /// <summary>Every stack file under stacks/, by id; errors name the file and field.</summary>
    public static SortedDictionary<string, ServingStackSpec> ReadAll(ICatalogSource source, List<InputError> errors)
    {
        var stacks = new SortedDictionary<string, ServingStackSpec>(StringComparer.Ordinal);
        foreach (var file in source.List("stacks", ".yaml"))
        {
            if (Read(source.Read(file), file, errors) is { } s && !stacks.TryAdd(s.Id, s))
            {
                errors.Add(new InputError(file, "id", $"'{s.Id}' is already used by another serving stack."));
            }
        }

        if (stacks.Count == 0)
        {
            errors.Add(new InputError(source.Description, "stacks/", "holds no serving-stack files (*.yaml)."));
        }

        return stacks;
    }

    /// <summary>Reads one stack file.</summary>
    public static ServingStackSpec? Read(string text, string file, List<InputError> errors)
    {
        var before = errors.Count;
        if (YamlFieldReader.ParseRoot(text, file, errors) is not { } r)
        {
            return null;
        }

        var id = r.FileId(file);

        var name = r.Text("name");
        var version = r.Text("version");
        var overhead = r.Map("overhead");
        var memory = r.Map("memory");
        var attention = r.Map("attention");
        var defaults = r.Map("defaults");
        var sourceMap = r.Map("sources");
        var sources = CatalogLoader.ReadSources(sourceMap, SourceGroups);
        foreach (var group in SourceGroups.Where(g => sourceMap is not null && !sources.ContainsKey(g)))
        {
            r.Error("sources." + group, "is required: where the figures come from ({ref, date, note}).");
        }

        r.RejectUnknown();
        if (overhead is null || memory is null || attention is null || defaults is null)
        {
            return null;
        }

        var passFixed = overhead.Number("passFixedUs", 0, 100_000, "microseconds per forward pass");
        var perKernel = overhead.Number("perKernelUs", 0, 1_000, "microseconds per kernel launched in a forward pass");
        var perRequest = overhead.Number("perRequestUs", 0, 10_000, "microseconds per request per step on the reference host");
        var expert = overhead.Number("expertGemmEfficiency", 0.01, 1, "the MoE grouped GEMM's rates relative to a dense GEMM's");
        var blockFp8 = overhead.Number("blockFp8Efficiency", 0.01, 1, "the block-scaled FP8 GEMMs' rates relative to per-tensor FP8 GEMMs'");
        overhead.RejectUnknown();

        var reserve = memory.Number("reserveGiB", 0, 64, "GiB the runtime holds outside weights, workspace and KV");
        var pool = Choice(memory, "kvPool", new Dictionary<string, KvPoolRule>
        {
            ["totalFraction"] = KvPoolRule.TotalFraction,
            ["freeAfterWeights"] = KvPoolRule.FreeAfterWeights,
        });
        var fraction = memory.Number("kvPoolFraction", 0.05, 1, "the fraction the KV-pool rule multiplies");
        // Sliding-window and chunked-attention layers, each by its own rule.
        var allocation = new Dictionary<string, WindowedKvAllocation>
        {
            ["window"] = WindowedKvAllocation.Window,
            ["fullContext"] = WindowedKvAllocation.FullContext,
        };
        var windowed = Choice(memory, "windowedKv", allocation);
        var chunked = Choice(memory, "chunkedKv", allocation);
        memory.RejectUnknown();

        var chunkedDecode = Choice(attention, "chunkedDecode", new Dictionary<string, ChunkedDecodeAttention>
        {
            ["chunk"] = ChunkedDecodeAttention.Chunk,
            ["fullContext"] = ChunkedDecodeAttention.FullContext,
        });
        if (chunkedDecode == ChunkedDecodeAttention.FullContext && chunked == WindowedKvAllocation.Window)
        {
            attention.Error("chunkedDecode", "fullContext needs memory.chunkedKv: fullContext: a stack that holds only the chunk cannot attend beyond it.");
        }

        attention.RejectUnknown();

        var kv = Choice(defaults, "kv", new Dictionary<string, KvPrecisionRule>
        {
            ["followWeights"] = KvPrecisionRule.FollowWeights,
            ["modelDtype"] = KvPrecisionRule.ModelDtype,
        });
        var lmHeadText = defaults.Text("lmHead");
        if (!PrecisionFacts.TryParse(lmHeadText, out var lmHead) && lmHeadText.Length > 0)
        {
            defaults.Error("lmHead", $"must be one of {string.Join(", ", PrecisionFacts.Names)}, found '{lmHeadText}'.");
        }

        var chunk = defaults.Int("maxBatchedTokens", 1, 1_000_000, "tokens per forward pass");
        var maxRequests = defaults.Int("maxRunningRequests", 1, 1_000_000, "requests in flight per replica");
        defaults.RejectUnknown();
        if (errors.Count > before)
        {
            return null;
        }

        return new ServingStackSpec(
            id,
            name,
            version,
            new StackFactors(Seconds.FromMicroseconds(passFixed), Seconds.FromMicroseconds(perKernel), Seconds.FromMicroseconds(perRequest), fraction, expert, blockFp8),
            new Bytes(reserve * (1L << 30)),
            pool,
            windowed,
            chunked,
            chunkedDecode,
            kv,
            lmHead,
            chunk,
            maxRequests,
            sources);
    }

    private static T Choice<T>(YamlFieldReader r, string key, Dictionary<string, T> allowed)
        where T : struct
    {
        var text = r.OptionalText(key);
        if (text is not null && allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        // Absent, empty or unknown: an error either way, never a silent default.
        r.Error(key, text is not null
            ? $"must be one of {string.Join(", ", allowed.Keys)}, found '{text}'."
            : $"is required: one of {string.Join(", ", allowed.Keys)}.");
        return default;
    }
}

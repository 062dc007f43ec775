using InferCost.Results;
using InferCost.Scenarios.Fields;
using YamlDotNet.RepresentationModel;

namespace InferCost.Reporting.Scenarios;

/// <summary>
/// A scenario file's block form of the disaggregate field, <c>disaggregate: { prefill: 2, decode: 1, link: scale-out }</c>:
/// the same as <c>disaggregate: 2P1D</c> with <c>kvLink: scale-out</c> (link optional). The counts are checked where the
/// xPyD text is, so both forms give the same errors.
/// </summary>
public static class DisaggregationBlock
{
    private static readonly string[] Keys = ["prefill", "decode", "link"];

    /// <summary>Sets the disaggregate (and kv-link) values from the block; returns the problems found.</summary>
    public static IReadOnlyList<InputError> Read(YamlMappingNode block, string file, ScenarioInput input)
    {
        var key = ScenarioFields.Disaggregate.YamlKey;
        var values = new Dictionary<string, string>();
        foreach (var (k, v) in block.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name))
            {
                return [new InputError(file, key, $"has '{name}' (line {k.Start.Line}); the block takes prefill, decode (instances, each one replica of the layout) and optionally link (scale-out, scale-up or GB/s), e.g. {{ prefill: 2, decode: 1, link: scale-out }}.")];
            }

            if (v is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                return [new InputError(file, $"{key}.{name}", $"must be a single value (line {v.Start.Line}).")];
            }

            values[name] = text.Trim();
        }

        if (!values.TryGetValue("prefill", out var prefill) || !values.TryGetValue("decode", out var decode))
        {
            return [new InputError(file, key, $"needs both prefill and decode (line {block.Start.Line}), e.g. {{ prefill: 2, decode: 1 }}.")];
        }

        input.SetFromFile(ScenarioFields.Disaggregate, new ScenarioValue($"{prefill}P{decode}D", $"{file}: {key}"));
        if (values.TryGetValue("link", out var link))
        {
            input.SetFromFile(ScenarioFields.KvLink, new ScenarioValue(link, $"{file}: {key}.link"));
        }

        return [];
    }
}

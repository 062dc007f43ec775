using System.Text.Json.Nodes;
using InferCost.Estimation;

namespace InferCost.Reporting.Disaggregated;

/// <summary>A disaggregated deployment's figures as JSON (bytes, seconds, joules, USD; rates per second).</summary>
public static class DisaggregatedJson
{
    /// <summary>The figures as a JSON object.</summary>
    public static JsonObject Build(DisaggregatedFigures f) => new()
    {
        ["spec"] = f.Spec.Text,
        ["prefillInstances"] = f.Spec.PrefillInstances,
        ["decodeInstances"] = f.Spec.DecodeInstances,
        ["kvLink"] = f.Spec.Link.Text,
        ["kvTransfer"] = new JsonObject
        {
            ["wholeBytes"] = f.KvTransfer.WholeBytes.Value,
            ["bytesPerGpu"] = f.KvTransfer.BytesPerGpu.Value,
            ["wireBytes"] = f.KvTransfer.WireBytes.Value,
            ["linkBytesPerSecond"] = f.KvTransfer.LinkBandwidth.Value,
            ["efficiency"] = f.KvTransfer.Efficiency,
            ["latencySeconds"] = f.KvTransfer.Latency.Value,
            ["timeSeconds"] = f.KvTransfer.Time.Value,
            ["energyJoulesPerRequest"] = f.KvTransfer.EnergyPerRequest.Value,
            ["energyJoulesPerOutputToken"] = f.KvTransfer.EnergyPerOutputToken.Value,
        },
        ["prefillPool"] = Pool(f.Prefill),
        ["decodePool"] = Pool(f.Decode),
        ["systemRequestsPerSecond"] = f.SystemRequestsPerSecond,
        ["balancedPrefillPerDecode"] = f.BalancedPrefillPerDecode,
        ["timeToFirstTokenSeconds"] = f.TimeToFirstToken.Value,
        ["interTokenLatencySeconds"] = f.InterTokenLatency.Value,
        ["outputTokensPerSecondPerGpu"] = f.OutputTokensPerSecondPerGpu.Value,
        ["rateMatchedOutputTokensPerSecondPerGpu"] = f.RateMatchedOutputTokensPerSecondPerGpu.Value,
        ["usdPerMillionInputTokens"] = f.PerMillionInput.Value,
        ["usdPerMillionOutputTokens"] = f.PerMillionOutput.Value,
        ["usdPerMillionMixTokens"] = f.PerMillionMix.Value,
        ["aggregated"] = new JsonObject
        {
            ["gpus"] = f.Aggregated.Gpus,
            ["requestsPerSecond"] = f.Aggregated.RequestsPerSecond,
            ["timeToFirstTokenSeconds"] = f.Aggregated.TimeToFirstToken.Value,
            ["interTokenLatencySeconds"] = f.Aggregated.InterTokenLatency.Value,
            ["outputTokensPerSecondPerGpu"] = f.Aggregated.OutputTokensPerSecondPerGpu.Value,
            ["usdPerMillionInputTokens"] = f.Aggregated.PerMillionInput.Value,
            ["usdPerMillionOutputTokens"] = f.Aggregated.PerMillionOutput.Value,
            ["usdPerMillionMixTokens"] = f.Aggregated.PerMillionMix.Value,
        },
    };

    private static JsonObject Pool(PoolFigures p) => new()
    {
        ["instances"] = p.Instances,
        ["gpus"] = p.Gpus,
        ["requestsPerSecondPerInstance"] = p.RequestsPerSecondPerInstance,
        ["capacityRequestsPerSecond"] = p.CapacityRequestsPerSecond,
        ["utilisation"] = p.Utilisation,
        ["tokensPerSecond"] = p.TokensPerSecond.Value,
        ["boardPowerWatts"] = p.Power.Value,
        ["usdPerGpuHour"] = p.PerGpuHour.Value,
        ["usdPerHour"] = p.PerHour.Value,
    };
}

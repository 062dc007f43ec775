using System.Text.Json.Nodes;
using InferCost.Architecture;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>
/// The estimate as a JSON tree with stable camelCase names. Bytes and FLOPs are plain numbers,
/// times in seconds, energy in joules, power in watts, money in USD.
/// </summary>
public static class EstimateJson
{
    /// <summary>The estimate as JSON; with <paramref name="explain"/>, its derivation steps too.</summary>
    public static JsonObject Build(Estimate e, bool explain)
    {
        var s = e.Scenario;
        var root = new JsonObject
        {
            ["scenario"] = ScenarioEcho(s),
            ["model"] = new JsonObject
            {
                ["id"] = e.Model.Id,
                ["name"] = e.Model.Name,
                ["totalParameters"] = e.Model.TotalParameters,
                ["activeParameters"] = e.Model.ActiveParameters,
                ["weightBytes"] = e.Model.WeightBytes.Value,
                ["kvBytesPerToken"] = e.Model.KvBytesPerToken.Value,
                ["kvBytesPerRequest"] = e.Model.KvBytesPerRequest.Value,
                ["computePrecision"] = PrecisionFacts.Name(e.Model.ComputePrecision),
            },
            ["memory"] = new JsonObject
            {
                ["requiredBytes"] = e.Memory.Required.Value,
                ["capacityBytes"] = e.Memory.Capacity.Value,
                ["usableBytes"] = e.Memory.Usable.Value,
                ["weightBytesPerGpu"] = e.Memory.WeightsPerGpu.Value,
                ["kvBytesPerRequestPerGpu"] = e.Memory.KvPerRequestPerGpu.Value,
                ["activationWorkspaceBytes"] = e.Memory.ActivationWorkspace.Value,
                ["maxBatch"] = e.Memory.MaxBatch,
            },
            ["decode"] = new JsonObject
            {
                ["batch"] = e.Decode.Batch,
                ["averageContextTokens"] = e.Decode.AverageContext,
                ["stepSeconds"] = e.Decode.StepTime.Value,
                ["bytesPerStep"] = e.Decode.Bytes.Value,
                ["weightBytesPerStep"] = e.Decode.WeightBytes.Value,
                ["kvBytesPerStep"] = e.Decode.KvBytes.Value,
                ["activationBytesPerStep"] = e.Decode.ActivationBytes.Value,
                ["flopsPerStep"] = e.Decode.Flops.Value,
                ["arithmeticIntensity"] = e.Decode.Intensity.Value,
                ["ridgePoint"] = e.Decode.RidgePoint.Value,
                ["bound"] = e.Decode.Bound == Bound.Memory ? "memory" : "compute",
                ["memorySeconds"] = e.Decode.MemoryTime.Value,
                ["computeSeconds"] = e.Decode.ComputeTime.Value,
                ["communicationSeconds"] = e.Decode.CommunicationTime.Value,
                ["overheadSeconds"] = e.Decode.Overhead.Value,
                ["expertsTouchedPerLayer"] = e.Decode.ExpertsTouchedPerLayer,
                ["outputTokensPerSecond"] = e.Throughput.DecodeOutputTokensPerSecond.Value,
                ["outputTokensPerSecondPerGpu"] = e.Throughput.DecodeOutputTokensPerSecondPerGpu.Value,
            },
            ["prefill"] = new JsonObject
            {
                ["seconds"] = e.Prefill.Time.Value,
                ["requests"] = e.Prefill.Requests,
                ["flops"] = e.Prefill.Flops.Value,
                ["bytes"] = e.Prefill.Bytes.Value,
                ["bound"] = e.Prefill.Bound == Bound.Memory ? "memory" : "compute",
                ["inputTokensPerSecond"] = e.Throughput.PrefillInputTokensPerSecond.Value,
                ["singleRequestSeconds"] = e.FirstTokenPrefill.Time.Value,
            },
            ["latency"] = new JsonObject
            {
                ["ttftSeconds"] = e.Latency.TimeToFirstToken.Value,
                ["timePerOutputTokenSeconds"] = e.Latency.TimePerOutputToken.Value,
                ["meanInterTokenLatencySeconds"] = e.Latency.MeanInterTokenLatency.Value,
                ["requestSeconds"] = e.Latency.RequestLatency.Value,
            },
            ["throughput"] = new JsonObject
            {
                ["steadyOutputTokensPerSecond"] = e.Throughput.SteadyOutputTokensPerSecond.Value,
                ["steadyInputTokensPerSecond"] = e.Throughput.SteadyInputTokensPerSecond.Value,
                ["decodeShareOfTime"] = e.Throughput.DecodeShareOfTime,
                ["cycleSeconds"] = e.Throughput.CycleTime.Value,
            },
            ["energy"] = new JsonObject
            {
                ["joulesPerOutputToken"] = e.Energy.JoulesPerOutputToken.Value,
                ["decodeJoulesPerOutputToken"] = e.Energy.DecodeJoulesPerOutputToken.Value,
                ["physicsJoulesPerOutputToken"] = e.Energy.Physics.JoulesPerOutputToken.Value,
                ["facilityJoulesPerOutputToken"] = e.Energy.FacilityJoulesPerOutputToken.Value,
                ["decodePowerWatts"] = e.Energy.DecodePower.Value,
                ["prefillPowerWatts"] = e.Energy.PrefillPower.Value,
                ["averageActivePowerWatts"] = e.Energy.AverageActivePower.Value,
                ["physicsPowerWatts"] = e.Energy.Physics.Power.Value,
                ["gpuPowerBreakdown"] = new JsonArray([.. e.Energy.Physics.Components.Select(c => (JsonNode)new JsonObject
                {
                    ["component"] = c.Id,
                    ["watts"] = c.Power.Value,
                    ["share"] = c.Share,
                })]),
                ["itPowerWatts"] = e.Energy.ItPower.Value,
                ["facilityLayers"] = new JsonArray([.. e.Energy.FacilityLayers.Select(l => (JsonNode)new JsonObject
                {
                    ["layer"] = l.Id,
                    ["watts"] = l.Power.Value,
                    ["fractionOfItLoad"] = l.FractionOfItLoad,
                })]),
            },
            ["power"] = new JsonObject
            {
                ["itWattsPerGpu"] = e.Energy.ItPower.Value,
                ["gpuWatts"] = e.Energy.GpuPower.Value,
                ["hostWattsPerGpu"] = e.Energy.HostPower.Value,
            },
            ["cost"] = Cost(e.Cost),
            ["warnings"] = new JsonArray([.. e.Warnings.Select(w => (JsonNode)new JsonObject
            {
                ["code"] = w.Code,
                ["severity"] = w.Severity == WarningSeverity.Caution ? "caution" : "info",
                ["message"] = w.Message,
            })]),
        };
        if (e.Confidence is { } confidence)
        {
            root["confidence"] = EstimateConfidenceJson.Build(confidence, explain);
        }

        if (e.Disaggregated is { } disaggregated)
        {
            root["disaggregated"] = Disaggregated.DisaggregatedJson.Build(disaggregated);
        }

        if (explain)
        {
            root["derivation"] = new JsonArray([.. e.Steps.Select(Step)]);
        }

        return root;
    }

    // The scenario's fields that the echo carries (those with an EchoKey), in the table's order; names as text, numbers as
    // numbers. Replicas follow tp: derived from gpus and tp, not a field of its own.
    private static JsonObject ScenarioEcho(Scenario s)
    {
        var echo = new JsonObject();
        foreach (var field in ScenarioFields.All.Where(f => f.EchoKey is not null))
        {
            echo[field.EchoKey!] = field.Text is { } text ? text(s) : field.Read!(s);
            if (field == ScenarioFields.Tp)
            {
                echo["replicas"] = s.Replicas;
            }
        }

        return echo;
    }

    private static JsonNode Step(DerivationStep step) => new JsonObject
    {
        ["section"] = step.Section,
        ["name"] = step.Name,
        ["formula"] = step.Formula,
        ["inputs"] = new JsonArray([.. step.Inputs.Select(i => (JsonNode)new JsonObject
        {
            ["symbol"] = i.Symbol,
            ["value"] = i.Value.Value,
            ["unit"] = UnitName(i.Value.Unit),
        })]),
        ["result"] = new JsonObject { ["value"] = step.Result.Value, ["unit"] = UnitName(step.Result.Unit) },
    };

    private static string UnitName(Unit unit) => unit.ToString();

    // The priced figures; with rented GPUs, the basis, the rent and the owner's bottom-up figures beside them.
    private static JsonObject Cost(CostFigures cost)
    {
        var o = new JsonObject
        {
            ["basis"] = cost.Basis == CostBasis.Rented ? "rented" : "owned",
            ["usdPerGpuHour"] = cost.PerGpuHour.Value,
            ["usdPerReplicaHour"] = cost.PerReplicaHour.Value,
            ["usdPerMillionOutputTokens"] = cost.PerMillionOutputTokens.Value,
            ["usdPerMillionInputTokens"] = cost.PerMillionInputTokens.Value,
            ["breakdown"] = new JsonArray([.. cost.Breakdown.Select(c => (JsonNode)new JsonObject
            {
                ["component"] = c.Id,
                ["usdPerGpuHour"] = c.PerGpuHour.Value,
                ["usdPerMillionOutputTokens"] = c.PerMillionOutputTokens.Value,
                ["usdPerMillionInputTokens"] = c.PerMillionInputTokens.Value,
                ["share"] = c.Share,
            })]),
        };
        if (cost.RentedGpuHourPrice is { } rent)
        {
            o["rentedUsdPerGpuHour"] = rent.Value;
        }

        if (cost.BottomUp is { } owned)
        {
            o["owned"] = Cost(owned);
        }

        return o;
    }
}

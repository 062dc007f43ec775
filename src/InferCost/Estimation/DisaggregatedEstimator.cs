using System.Collections.Immutable;
using InferCost.Deployment;
using InferCost.Economics;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Estimation;

/// <summary>
/// Disaggregated prefill and decode (xPyD). The aggregated estimate of the scenario (x + y replicas of the layout) gives
/// what one instance does: its prefill of B prompts and its decode step at batch B. On top: each pool's capacity for the
/// request mix, the system rate (the slower pool bounds it), the KV transfer per request, TTFT, and $/1M input and output
/// tokens with each pool's GPUs counted only against the tokens it produces. These become the estimate's headline cost,
/// throughput and latency, so that every command built on the estimate prices the deployment asked for; the aggregated
/// deployment on as many GPUs stays beside them (<see cref="DisaggregatedFigures.Aggregated"/>).
/// </summary>
public static class DisaggregatedEstimator
{
    /// <summary>
    /// The estimate of a disaggregated scenario from its aggregated estimate <paramref name="e"/>, recorded into
    /// <paramref name="d"/>. The scenario was validated (<see cref="KvLinkPath.Check"/>), so its link is resolved.
    /// </summary>
    internal static Estimate Apply(Estimate e, ScenarioContext c, Derivation d)
    {
        var s = e.Scenario;
        var spec = s.Disaggregation ?? throw new ArgumentException("The scenario is not disaggregated.", nameof(e));
        var link = c.KvLink ?? throw new ArgumentException("The scenario's KV link is not resolved: validate it first.", nameof(c));
        var kv = Transfer(c, e, spec, link, d);
        var aggregated = Aggregated(e, d);
        var (figures, cost, throughput, latency) = Evaluate(e, spec, kv, aggregated, d);
        return e with { Cost = cost, Throughput = throughput, Latency = latency, Steps = d.Steps, Warnings = d.Warnings, Disaggregated = figures };
    }

    private static (DisaggregatedFigures, CostFigures, ThroughputFigures, LatencyFigures) Evaluate(
        Estimate e, Disaggregation spec, KvTransferFigures kv, AggregatedComparison aggregated, Derivation d)
    {
        var s = e.Scenario;
        d.Section = "Disaggregated prefill/decode: pools";
        var tp = s.Layout.GpusPerReplica;
        double b = e.Decode.Batch;
        double input = s.InputTokens;
        double output = s.OutputTokens;
        var perPrefill = d.Step("Requests per second per prefill instance", "c_P = B / t_prefill(B)", Quantity.Number(DisaggregatedServing.PrefillRequestRate(b, e.Prefill.Time)),
            In("B", Quantity.Count(b)), In("t_prefill(B)", e.Prefill.Time));
        var perDecode = d.Step("Requests per second per decode instance", "c_D = B / ((output - 1) x t_step) (the prefill makes each request's first token)",
            Quantity.Number(DisaggregatedServing.DecodeRequestRate(b, e.Decode.StepTime, s.OutputTokens)),
            In("B", Quantity.Count(b)), In("output - 1", Quantity.Count(output - 1)), In("t_step", e.Decode.StepTime));
        var prefillCapacity = d.Step("Prefill pool capacity (requests/s)", "x x c_P", Quantity.Number(spec.PrefillInstances * perPrefill),
            In("x", Quantity.Count(spec.PrefillInstances)), In("c_P", Quantity.Number(perPrefill)));
        var decodeCapacity = d.Step("Decode pool capacity (requests/s)", "y x c_D", Quantity.Number(spec.DecodeInstances * perDecode),
            In("y", Quantity.Count(spec.DecodeInstances)), In("c_D", Quantity.Number(perDecode)));
        var rate = d.Step("System rate (requests/s)", "R = min(x c_P, y c_D): the slower pool bounds it", Quantity.Number(DisaggregatedServing.SystemRate(prefillCapacity, decodeCapacity)),
            In("x c_P", Quantity.Number(prefillCapacity)), In("y c_D", Quantity.Number(decodeCapacity)));
        var prefillUse = d.Step("Prefill pool utilisation", "R / (x c_P)", Quantity.Share(rate / prefillCapacity), In("R", Quantity.Number(rate)), In("x c_P", Quantity.Number(prefillCapacity)));
        var decodeUse = d.Step("Decode pool utilisation", "R / (y c_D)", Quantity.Share(rate / decodeCapacity), In("R", Quantity.Number(rate)), In("y c_D", Quantity.Number(decodeCapacity)));
        var balanced = d.Step("Balanced prefill instances per decode instance", "x / y = c_D / c_P (both pools busy)", Quantity.Number(perDecode / perPrefill),
            In("c_D", Quantity.Number(perDecode)), In("c_P", Quantity.Number(perPrefill)));
        var inputRate = d.Step("Input tokens per second (system)", "R x input", DisaggregatedServing.TokenRate(rate, input),
            In("R", Quantity.Number(rate)), In("input", Quantity.TokenCount(input)));
        var outputRate = d.Step("Output tokens per second (system)", "R x output", DisaggregatedServing.TokenRate(rate, output),
            In("R", Quantity.Number(rate)), In("output", Quantity.TokenCount(output)));
        var prefillGpus = spec.PrefillInstances * tp;
        var decodeGpus = spec.DecodeInstances * tp;
        var gpus = prefillGpus + decodeGpus;
        var perGpu = d.Step("Output tokens per second per GPU", "R x output / ((x + y) x GPUs per instance)", outputRate / gpus, In("R x output", outputRate), In("GPUs", Quantity.Count(gpus)));
        var rateMatched = d.Step(
            "Output tokens per second per GPU, rate-matched (TensorRT-LLM disaggregated formula)",
            "y c_D x output / (prefill GPUs x (y c_D) / (x c_P) + decode GPUs)",
            TokensPerSecond.Of(decodeCapacity * output / ((prefillGpus * decodeCapacity / prefillCapacity) + decodeGpus), new Seconds(1)),
            In("y c_D", Quantity.Number(decodeCapacity)), In("x c_P", Quantity.Number(prefillCapacity)), In("output", Quantity.TokenCount(output)),
            In("prefill GPUs", Quantity.Count(prefillGpus)), In("decode GPUs", Quantity.Count(decodeGpus)));
        var decodeRate = d.Step("Decode output tokens per second (decode pool)", "y x B / t_step", e.Decode.TokensPerSecond * spec.DecodeInstances,
            In("y", Quantity.Count(spec.DecodeInstances)), In("B / t_step", e.Decode.TokensPerSecond));
        var decodeRatePerGpu = d.Step("Decode output tokens per second per decode GPU", "y x B / t_step / decode GPUs", decodeRate / decodeGpus,
            In("y x B / t_step", decodeRate), In("decode GPUs", Quantity.Count(decodeGpus)));
        var prefillRate = d.Step("Prefill input tokens per second (prefill pool)", "x x B x input / t_prefill(B)",
            ServingCycle.SystemRate(spec.PrefillInstances, b, s.InputTokens, e.Prefill.Time),
            In("x", Quantity.Count(spec.PrefillInstances)), In("B", Quantity.Count(b)), In("input", Quantity.TokenCount(input)), In("t_prefill(B)", e.Prefill.Time));

        d.Section = "Disaggregated prefill/decode: latency";
        var ttft = d.Step("Time to first token (disaggregated)", "TTFT = t_prefill(1 prompt) + t_kv (the prefill samples the first token; the decode instance streams it once the KV has landed)",
            e.FirstTokenPrefill.Time + kv.Time, In("t_prefill(1)", e.FirstTokenPrefill.Time), In("t_kv", kv.Time));
        var itl = d.Step("Inter-token latency (disaggregated)", "ITL = t_step (no prefill interleaved in the decode pool)", e.Decode.StepTime, In("t_step", e.Decode.StepTime));
        var request = d.Step("Request latency (disaggregated)", "t_request = TTFT + (output - 1) x t_step", ttft + (e.Decode.StepTime * (output - 1)),
            In("TTFT", ttft), In("output - 1", Quantity.Count(output - 1)), In("t_step", e.Decode.StepTime));

        d.Section = "Disaggregated prefill/decode: cost";
        var idle = s.Accelerator.Power.Idle;
        var prefillPower = d.Step("Prefill pool board power per GPU", "P_pool = utilisation x P_busy + (1 - utilisation) x P_idle",
            DisaggregatedServing.PoolPower(e.Energy.PrefillPower, idle, prefillUse), In("utilisation", Quantity.Share(prefillUse)), In("P_busy", e.Energy.PrefillPower), In("P_idle", idle));
        var decodePower = d.Step("Decode pool board power per GPU", "P_pool = utilisation x P_busy + (1 - utilisation) x P_idle",
            DisaggregatedServing.PoolPower(e.Energy.DecodePower, idle, decodeUse), In("utilisation", Quantity.Share(decodeUse)), In("P_busy", e.Energy.DecodePower), In("P_idle", idle));
        var net = e.Energy.Network;
        var prefillNetwork = d.Step("Prefill pool network power per GPU (outside the board)", "P_net = u x E_prefill / t_prefill(B) + R x E_kv / prefill GPUs (its collectives, and the KV it sends)",
            DisaggregatedServing.PrefillNetworkPower(net.PrefillEnergy, e.Prefill.Time, prefillUse, kv.EnergyPerRequest, rate, prefillGpus),
            In("u", Quantity.Share(prefillUse)), In("E_prefill", net.PrefillEnergy), In("t_prefill(B)", e.Prefill.Time), In("R", Quantity.Number(rate)),
            In("E_kv", kv.EnergyPerRequest), In("prefill GPUs", Quantity.Count(prefillGpus)));
        var decodeNetwork = d.Step("Decode pool network power per GPU (outside the board)", "P_net = u x E_step / t_step",
            DisaggregatedServing.DecodeNetworkPower(net.StepEnergy, e.Decode.StepTime, decodeUse),
            In("u", Quantity.Share(decodeUse)), In("E_step", net.StepEnergy), In("t_step", e.Decode.StepTime));
        var prefillOwned = GpuHourCostModel.Evaluate(s, prefillPower, prefillNetwork, Derivation.Off());
        d.Step("Prefill pool cost per productive GPU-hour", "C_P = the $/GPU-hour stack at the pool's P_pool and P_net", prefillOwned.Total,
            In("P_pool", prefillPower), In("P_net", prefillNetwork));
        var decodeOwned = GpuHourCostModel.Evaluate(s, decodePower, decodeNetwork, Derivation.Off());
        d.Step("Decode pool cost per productive GPU-hour", "C_D = the $/GPU-hour stack at the pool's P_pool and P_net", decodeOwned.Total,
            In("P_pool", decodePower), In("P_net", decodeNetwork));
        var pools = new PoolCosts(prefillGpus, decodeGpus, tp, inputRate, outputRate);
        var owned = Compose(prefillOwned.Total, prefillOwned.Layers, decodeOwned.Total, decodeOwned.Layers, pools, "", d);
        var cost = owned;
        if (s.Finance.RentedGpuHourPrice is { } rent)
        {
            d.Section = "Disaggregated prefill/decode: cost (rented GPUs)";
            var hour = d.Step("Rented cost per productive GPU-hour", "C_rent = price per rented GPU-hour / u (both pools)", RentalCost.PerProductiveHour(rent, s.Finance.Utilisation),
                In("price", rent), In("u", Quantity.Share(s.Finance.Utilisation)));
            ImmutableArray<(string Id, string Name, DollarsPerHour Cost)> layers = [(CostFigures.RentedLayerId, "Rented GPU-hours", hour)];
            cost = Compose(hour, layers, hour, layers, pools, "Rented: ", d) with { Basis = CostBasis.Rented, RentedGpuHourPrice = rent, BottomUp = owned };
        }

        // Rented, both pools pay the same rent; owned, each its own stack.
        var rented = cost.Basis == CostBasis.Rented;
        var prefillHour = rented ? cost.PerGpuHour : prefillOwned.Total;
        var decodeHour = rented ? cost.PerGpuHour : decodeOwned.Total;
        var prefillPool = new PoolFigures(spec.PrefillInstances, prefillGpus, perPrefill, prefillCapacity, prefillUse, inputRate, prefillPower, prefillHour, prefillHour * prefillGpus);
        var decodePool = new PoolFigures(spec.DecodeInstances, decodeGpus, perDecode, decodeCapacity, decodeUse, outputRate, decodePower, decodeHour, decodeHour * decodeGpus);
        var mixRate = inputRate + outputRate;
        var perMix = d.Step("Disaggregated: $/1M tokens of the request mix", "(prefill pool $/h + decode pool $/h) / ((input + output) tokens per hour)",
            (prefillPool.PerHour + decodePool.PerHour) / mixRate, In("prefill pool $/h", prefillPool.PerHour), In("decode pool $/h", decodePool.PerHour), In("R x (input + output)", mixRate));
        var figures = new DisaggregatedFigures(spec, kv, prefillPool, decodePool, rate, balanced, ttft, itl, perGpu, rateMatched,
            cost.PerMillionInputTokens, cost.PerMillionOutputTokens, perMix, aggregated);
        var throughput = e.Throughput with
        {
            DecodeOutputTokensPerSecond = decodeRate,
            DecodeOutputTokensPerSecondPerGpu = decodeRatePerGpu,
            SteadyOutputTokensPerSecond = outputRate,
            SteadyInputTokensPerSecond = inputRate,
            PrefillInputTokensPerSecond = prefillRate,
        };
        return (figures, cost, throughput, new LatencyFigures(ttft, itl, itl, request));
    }

    // The pools' GPUs and the token rates their costs are spread over.
    private readonly record struct PoolCosts(int PrefillGpus, int DecodeGpus, int GpusPerInstance, TokensPerSecond InputRate, TokensPerSecond OutputRate);

    // $/1M input over the prefill pool's GPUs alone, $/1M output over the decode pool's alone, and each layer of the stack
    // the same way; the $/GPU-hour shown is the blend over both pools' GPUs.
    private static CostFigures Compose(
        DollarsPerHour prefillHour,
        ImmutableArray<(string Id, string Name, DollarsPerHour Cost)> prefillLayers,
        DollarsPerHour decodeHour,
        ImmutableArray<(string Id, string Name, DollarsPerHour Cost)> decodeLayers,
        PoolCosts p,
        string prefix,
        Derivation d)
    {
        var perGpu = d.Step(prefix + "Cost per productive GPU-hour (both pools)", "C = (prefill GPUs x C_P + decode GPUs x C_D) / (prefill GPUs + decode GPUs)",
            DisaggregatedServing.PerGpu(prefillHour, p.PrefillGpus, decodeHour, p.DecodeGpus),
            In("prefill GPUs", Quantity.Count(p.PrefillGpus)), In("C_P", prefillHour), In("decode GPUs", Quantity.Count(p.DecodeGpus)), In("C_D", decodeHour));
        var perInstance = d.Step(prefix + "Cost per instance-hour", "C x GPUs per instance", TokenCostModel.ReplicaHour(perGpu, p.GpusPerInstance),
            In("C", perGpu), In("GPUs per instance", Quantity.Count(p.GpusPerInstance)));
        var output = d.Step(prefix + "Disaggregated: $/1M output tokens", "C_D x decode GPUs / (R x output) (the decode pool's GPUs only)",
            TokenCostModel.LayerPerMillion(decodeHour, p.DecodeGpus, p.OutputRate), In("C_D", decodeHour), In("decode GPUs", Quantity.Count(p.DecodeGpus)), In("R x output", p.OutputRate));
        var input = d.Step(prefix + "Disaggregated: $/1M input tokens", "C_P x prefill GPUs / (R x input) (the prefill pool's GPUs only)",
            TokenCostModel.LayerPerMillion(prefillHour, p.PrefillGpus, p.InputRate), In("C_P", prefillHour), In("prefill GPUs", Quantity.Count(p.PrefillGpus)), In("R x input", p.InputRate));
        var breakdown = ImmutableArray.CreateBuilder<CostComponent>(decodeLayers.Length);
        for (var i = 0; i < decodeLayers.Length; i++)
        {
            var (id, name, decodeLayer) = decodeLayers[i];
            var prefillLayer = prefillLayers[i].Cost;
            var blended = DisaggregatedServing.PerGpu(prefillLayer, p.PrefillGpus, decodeLayer, p.DecodeGpus);
            var layerOutput = d.Step($"{prefix}{name}: $/1M output tokens", "C_D,layer x decode GPUs / (R x output)", TokenCostModel.LayerPerMillion(decodeLayer, p.DecodeGpus, p.OutputRate),
                In("C_D,layer", decodeLayer), In("decode GPUs", Quantity.Count(p.DecodeGpus)), In("R x output", p.OutputRate));
            var layerInput = d.Step($"{prefix}{name}: $/1M input tokens", "C_P,layer x prefill GPUs / (R x input)", TokenCostModel.LayerPerMillion(prefillLayer, p.PrefillGpus, p.InputRate),
                In("C_P,layer", prefillLayer), In("prefill GPUs", Quantity.Count(p.PrefillGpus)), In("R x input", p.InputRate));
            var share = d.Step($"{prefix}{name}: share of cost", "C_layer / C (both blended over the pools' GPUs)", Quantity.Share(blended / perGpu), In("C_layer", blended), In("C", perGpu));
            breakdown.Add(new CostComponent(id, name, blended, layerOutput, layerInput, share));
        }

        return new CostFigures(perGpu, perInstance, output, input, breakdown.MoveToImmutable());
    }

    private static KvTransferFigures Transfer(ScenarioContext c, Estimate e, Disaggregation spec, KvLinkPath link, Derivation d)
    {
        d.Section = "Disaggregated prefill/decode: KV transfer";
        var s = c.Scenario;
        double input = s.InputTokens;
        var whole = d.Step("KV bytes per request at the input length", "KV_whole = values/token/layer x allocated positions(input) x bytes_kv",
            MemoryPlanner.KvPerRequestWhole(c, input), In("input", Quantity.TokenCount(input)), In("KV per token", e.Model.KvBytesPerToken));
        // A request's KV lives on the GPUs of its one attention group in every stage: those send it, each its shard.
        var holders = DisaggregatedServing.KvSenders(c);
        var holdersSymbol = c.IsPlainTensorParallel ? "TP" : "TP x PP";
        var perGpu = d.Step("KV bytes each GPU sends", "KV_gpu = the shard of KV_whole one GPU of the request's group holds (KV heads replicated when TP exceeds them)",
            DisaggregatedServing.KvBytesPerGpu(c, input), In("KV_whole", whole), In(holdersSymbol, Quantity.Count(holders)));
        var wire = d.Step("KV bytes on the wire per request", $"KV_wire = KV_gpu x {holdersSymbol} (every GPU sends its shard to the matching decode GPU)",
            KvTransfer.WireBytes(perGpu, holders), In("KV_gpu", perGpu), In(holdersSymbol, Quantity.Count(holders)));
        var linkName = spec.Link.Kind switch
        {
            KvLinkKind.ScaleUp => "scale-up link per GPU, per direction (catalog)",
            KvLinkKind.Explicit => "link per GPU (given)",
            _ => "scale-out NIC per GPU (catalog)",
        };
        var bandwidth = d.Step("KV link bandwidth per GPU", linkName, link.Bandwidth, In("link", link.Bandwidth));
        var efficiency = KvLinkDefaults.Efficiency;
        var latency = d.Step("KV transfer latency", spec.Link.Kind == KvLinkKind.ScaleUp
                ? "the accelerator's cross-GPU operation latency (catalog allReduceLatencyUs)"
                : "fixed cost per RDMA transfer, " + KvLinkDefaults.MooncakeSource,
            link.Latency, In("latency", link.Latency));
        var time = d.Step("KV transfer time", "t_kv = KV_gpu / (B_link x efficiency) + latency (all shards at once, each over its own GPU's link)",
            DisaggregatedServing.KvTime(c, link, input),
            In("KV_gpu", perGpu), In("B_link", bandwidth), In("efficiency", Quantity.Share(efficiency)), In("latency", latency));
        var fabric = spec.Link.Kind == KvLinkKind.ScaleUp ? s.ScaleUpFabric : s.ScaleOutFabric;
        var perByte = d.Step("KV link energy per byte (outside the board)",
            $"the {(spec.Link.Kind == KvLinkKind.ScaleUp ? "scale-up" : "scale-out")} fabric's energy per bit outside the board x 8 ({fabric?.Id ?? "no fabric in the catalog: none counted"}, data/fabrics.yaml)",
            link.EnergyPerByte, In("per byte", link.EnergyPerByte));
        var energy = d.Step("KV transfer energy per request", "E_kv = KV_wire x e_link", DisaggregatedServing.KvEnergy(c, link, input), In("KV_wire", wire), In("e_link", perByte));
        var perToken = d.Step("KV transfer energy per output token", "E_kv / output", new JoulesPerToken(energy.Value / s.OutputTokens),
            In("E_kv", energy), In("output", Quantity.TokenCount(s.OutputTokens)));
        return new KvTransferFigures(spec.Link.Kind, whole, perGpu, wire, bandwidth, efficiency, latency, time, perByte, energy, perToken);
    }

    private static AggregatedComparison Aggregated(Estimate e, Derivation d)
    {
        d.Section = "Disaggregated prefill/decode: the aggregated deployment on as many GPUs";
        var s = e.Scenario;
        var t = e.Throughput;
        var requests = d.Step("Aggregated: requests per second", "r_out / output", Quantity.Number(t.SteadyOutputTokensPerSecond.Value / s.OutputTokens),
            In("r_out", t.SteadyOutputTokensPerSecond), In("output", Quantity.TokenCount(s.OutputTokens)));
        var perGpu = d.Step("Aggregated: output tokens per second per GPU", "r_out / GPUs", t.SteadyOutputTokensPerSecond / s.Gpus,
            In("r_out", t.SteadyOutputTokensPerSecond), In("GPUs", Quantity.Count(s.Gpus)));
        var mixRate = t.SteadyInputTokensPerSecond + t.SteadyOutputTokensPerSecond;
        var allGpus = e.Cost.PerGpuHour * s.Gpus;
        var perMix = d.Step("Aggregated: $/1M tokens of the request mix", "GPUs x C / ((r_in + r_out) per hour)", allGpus / mixRate,
            In("GPUs x C", allGpus), In("r_in + r_out", mixRate));
        return new AggregatedComparison(s.Gpus, requests, e.Latency.TimeToFirstToken, e.Latency.MeanInterTokenLatency, perGpu,
            e.Cost.PerMillionInputTokens, e.Cost.PerMillionOutputTokens, perMix);
    }
}

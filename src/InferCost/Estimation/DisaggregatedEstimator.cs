using InferCost.Deployment;
using InferCost.Economics;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Estimation;

/// <summary>
/// Disaggregated prefill and decode (xPyD). The ordinary estimate of the scenario is the aggregated deployment on the
/// same GPUs (x + y replicas); its per-replica prefill of B prompts and decode step at batch B are what each prefill and
/// decode instance does. On top: each pool's capacity for the request mix, the system rate (the slower pool bounds it),
/// the KV transfer per request, TTFT, and $/1M input and output tokens with each pool's GPUs counted only against the
/// tokens it produces.
/// </summary>
public static class DisaggregatedEstimator
{
    /// <summary>The estimate of a scenario, with its disaggregated figures when it asks for them, recording every step.</summary>
    public static Result<Estimate> Estimate(Scenario s) => Estimate(s, Derivation.Recording());

    /// <summary>As <see cref="Estimate(Scenario)"/>, into the given derivation.</summary>
    public static Result<Estimate> Estimate(Scenario s, Derivation d)
    {
        if (s.Disaggregation is not { } spec)
        {
            return CostEstimator.Estimate(s, d);
        }

        if (Check(s, spec) is { } error)
        {
            return Result.Fail<Estimate>(error);
        }

        var link = Link(s, spec);
        if (!link.Succeeded)
        {
            return Result.Fail<Estimate>(link.Errors);
        }

        return CostEstimator.Estimate(s, d).Map(e =>
        {
            var figures = Evaluate(e, spec, link.Value, d);
            return e with { Steps = d.Steps, Warnings = d.Warnings, Disaggregated = figures };
        });
    }

    // What the field parsers cannot see alone: the GPUs must be the instances, and decode must have work to do.
    private static InputError? Check(Scenario s, Disaggregation spec)
    {
        if (s.Replicas != spec.Instances)
        {
            return new InputError("scenario", "gpus",
                $"is {s.Gpus} ({s.Replicas} replicas of {s.Layout.GpusPerReplica} GPUs), but {spec.Text} needs {spec.Instances} instances of {s.Layout.GpusPerReplica} GPUs = {spec.Instances * s.Layout.GpusPerReplica} GPUs.", ErrorCodes.InvalidDisaggregation);
        }

        return s.OutputTokens < 2
            ? new InputError("scenario", Disaggregation.FieldId,
                $"needs output of at least 2 tokens: the prefill makes the first token, so with output {s.OutputTokens} the decode pool would have no work.", ErrorCodes.InvalidDisaggregation)
            : null;
    }

    // The link's line rate per GPU, latency and energy per byte: the catalog's where it has them, else KvLinkDefaults.
    private static Result<(BytesPerSecond Bandwidth, Seconds Latency, JoulesPerByte Energy)> Link(Scenario s, Disaggregation spec)
    {
        var a = s.Accelerator;
        var io = a.Interconnect;
        // Over the scale-out fabric the traffic's energy outside the board, as the network-energy line prices it.
        var scaleOutEnergy = s.ScaleOutFabric?.EnergyPerByte ?? JoulesPerByte.Zero;
        var scaleOutBandwidth = s.ScaleOutFabric?.Bandwidth ?? io.ScaleOutBandwidth;
        switch (spec.Link.Kind)
        {
            case KvLinkKind.ScaleUp:
                return s.Gpus <= io.ScaleUpDomain
                    ? Result.Ok((io.ScaleUpBandwidth, io.AllReduceLatency, a.Energy.LinkPerByte))
                    : Result.Fail<(BytesPerSecond, Seconds, JoulesPerByte)>("scenario", KvLink.FieldId,
                        $"is scale-up, but {spec.Text} of tp {s.TensorParallel} is {s.Gpus} GPUs and {a.Id} connects at most {io.ScaleUpDomain} in one scale-up domain; use scale-out or fewer instances.", ErrorCodes.InvalidDisaggregation);
            case KvLinkKind.Explicit:
                return Result.Ok((spec.Link.Bandwidth, KvLinkDefaults.ScaleOutLatency, scaleOutEnergy));
            default:
                return scaleOutBandwidth.Value > 0
                    ? Result.Ok((scaleOutBandwidth, KvLinkDefaults.ScaleOutLatency, scaleOutEnergy))
                    : Result.Fail<(BytesPerSecond, Seconds, JoulesPerByte)>("scenario", KvLink.FieldId,
                        $"is scale-out, but the catalog gives {a.Id} no scale-out NIC bandwidth; use scale-up or a bandwidth per GPU in GB/s.", ErrorCodes.InvalidDisaggregation);
        }
    }

    private static DisaggregatedFigures Evaluate(Estimate e, Disaggregation spec, (BytesPerSecond Bandwidth, Seconds Latency, JoulesPerByte Energy) link, Derivation d)
    {
        var s = e.Scenario;
        var c = new ScenarioContext(s);
        var kv = Transfer(c, e, spec, link, d);
        d.Section = "Disaggregated prefill/decode: pools";
        var tp = s.Layout.GpusPerReplica;
        double b = e.Decode.Batch;
        double input = s.InputTokens;
        double output = s.OutputTokens;
        var perPrefill = d.Step("Requests per second per prefill instance", "c_P = B / t_prefill(B)", Quantity.Number(b / e.Prefill.Time.Value),
            In("B", Quantity.Count(b)), In("t_prefill(B)", e.Prefill.Time));
        var decodeTime = ServingCycle.DecodeTime(e.Decode.StepTime, s.OutputTokens - 1);
        var perDecode = d.Step("Requests per second per decode instance", "c_D = B / ((output - 1) x t_step) (the prefill makes each request's first token)",
            Quantity.Number(b / decodeTime.Value), In("B", Quantity.Count(b)), In("output - 1", Quantity.Count(output - 1)), In("t_step", e.Decode.StepTime));
        var prefillCapacity = d.Step("Prefill pool capacity (requests/s)", "x x c_P", Quantity.Number(spec.PrefillInstances * perPrefill),
            In("x", Quantity.Count(spec.PrefillInstances)), In("c_P", Quantity.Number(perPrefill)));
        var decodeCapacity = d.Step("Decode pool capacity (requests/s)", "y x c_D", Quantity.Number(spec.DecodeInstances * perDecode),
            In("y", Quantity.Count(spec.DecodeInstances)), In("c_D", Quantity.Number(perDecode)));
        var rate = d.Step("System rate (requests/s)", "R = min(x c_P, y c_D): the slower pool bounds it", Quantity.Number(Math.Min(prefillCapacity, decodeCapacity)),
            In("x c_P", Quantity.Number(prefillCapacity)), In("y c_D", Quantity.Number(decodeCapacity)));
        var prefillUse = d.Step("Prefill pool utilisation", "R / (x c_P)", Quantity.Share(rate / prefillCapacity), In("R", Quantity.Number(rate)), In("x c_P", Quantity.Number(prefillCapacity)));
        var decodeUse = d.Step("Decode pool utilisation", "R / (y c_D)", Quantity.Share(rate / decodeCapacity), In("R", Quantity.Number(rate)), In("y c_D", Quantity.Number(decodeCapacity)));
        var balanced = d.Step("Balanced prefill instances per decode instance", "x / y = c_D / c_P (both pools busy)", Quantity.Number(perDecode / perPrefill),
            In("c_D", Quantity.Number(perDecode)), In("c_P", Quantity.Number(perPrefill)));
        var inputRate = d.Step("Input tokens per second (system)", "R x input", TokensPerSecond.Of(rate * input, new Seconds(1)),
            In("R", Quantity.Number(rate)), In("input", Quantity.TokenCount(input)));
        var outputRate = d.Step("Output tokens per second (system)", "R x output", TokensPerSecond.Of(rate * output, new Seconds(1)),
            In("R", Quantity.Number(rate)), In("output", Quantity.TokenCount(output)));
        var gpus = spec.Instances * tp;
        var perGpu = d.Step("Output tokens per second per GPU", "R x output / ((x + y) x GPUs per instance)", outputRate / gpus, In("R x output", outputRate), In("GPUs", Quantity.Count(gpus)));
        var rateMatched = d.Step(
            "Output tokens per second per GPU, rate-matched (TensorRT-LLM disaggregated formula)",
            "y c_D x output / (prefill GPUs x (y c_D) / (x c_P) + decode GPUs)",
            TokensPerSecond.Of(decodeCapacity * output / ((spec.PrefillInstances * tp * decodeCapacity / prefillCapacity) + (spec.DecodeInstances * tp)), new Seconds(1)),
            In("y c_D", Quantity.Number(decodeCapacity)), In("x c_P", Quantity.Number(prefillCapacity)), In("output", Quantity.TokenCount(output)),
            In("prefill GPUs", Quantity.Count(spec.PrefillInstances * tp)), In("decode GPUs", Quantity.Count(spec.DecodeInstances * tp)));

        d.Section = "Disaggregated prefill/decode: latency";
        var ttft = d.Step("Time to first token (disaggregated)", "TTFT = t_prefill(1 prompt) + t_kv (the prefill samples the first token; the decode instance streams it once the KV has landed)",
            e.FirstTokenPrefill.Time + kv.Time, In("t_prefill(1)", e.FirstTokenPrefill.Time), In("t_kv", kv.Time));
        var itl = d.Step("Inter-token latency (disaggregated)", "ITL = t_step (no prefill interleaved in the decode pool)", e.Decode.StepTime, In("t_step", e.Decode.StepTime));

        d.Section = "Disaggregated prefill/decode: cost";
        var prefillPool = Pool(s, spec.PrefillInstances, tp, perPrefill, prefillCapacity, prefillUse, inputRate, e.Energy.PrefillPower, "Prefill", d);
        var decodePool = Pool(s, spec.DecodeInstances, tp, perDecode, decodeCapacity, decodeUse, outputRate, e.Energy.DecodePower, "Decode", d);
        var perInput = d.Step("Disaggregated: $/1M input tokens", "prefill pool $/h / input tokens per hour (its GPUs only)",
            prefillPool.PerHour / inputRate, In("prefill pool $/h", prefillPool.PerHour), In("R x input", inputRate));
        var perOutput = d.Step("Disaggregated: $/1M output tokens", "decode pool $/h / output tokens per hour (its GPUs only)",
            decodePool.PerHour / outputRate, In("decode pool $/h", decodePool.PerHour), In("R x output", outputRate));
        var mixRate = inputRate + outputRate;
        var perMix = d.Step("Disaggregated: $/1M tokens of the request mix", "(prefill pool $/h + decode pool $/h) / ((input + output) tokens per hour)",
            (prefillPool.PerHour + decodePool.PerHour) / mixRate, In("prefill pool $/h", prefillPool.PerHour), In("decode pool $/h", decodePool.PerHour), In("R x (input + output)", mixRate));
        var aggregated = Aggregated(e, d);
        return new DisaggregatedFigures(spec, kv, prefillPool, decodePool, rate, balanced, ttft, itl, perGpu, rateMatched, perInput, perOutput, perMix, aggregated);
    }

    private static KvTransferFigures Transfer(ScenarioContext c, Estimate e, Disaggregation spec, (BytesPerSecond Bandwidth, Seconds Latency, JoulesPerByte Energy) link, Derivation d)
    {
        d.Section = "Disaggregated prefill/decode: KV transfer";
        var s = c.Scenario;
        double input = s.InputTokens;
        var whole = d.Step("KV bytes per request at the input length", "KV_whole = values/token/layer x allocated positions(input) x bytes_kv",
            MemoryPlanner.KvPerRequestWhole(c, input), In("input", Quantity.TokenCount(input)), In("KV per token", e.Model.KvBytesPerToken));
        // A request's KV lives on the GPUs of its one attention group in every stage: those send it, each its shard.
        var holders = c.GpusPerReplica / c.AttentionGroups;
        var holdersSymbol = c.IsPlainTensorParallel ? "TP" : "TP x PP";
        var perGpu = d.Step("KV bytes each GPU sends", "KV_gpu = the shard of KV_whole one GPU of the request's group holds (KV heads replicated when TP exceeds them)",
            MemoryPlanner.KvPerRequest(c, input) * c.AttentionGroups, In("KV_whole", whole), In(holdersSymbol, Quantity.Count(holders)));
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
            KvTransfer.Time(perGpu, bandwidth, efficiency, latency),
            In("KV_gpu", perGpu), In("B_link", bandwidth), In("efficiency", Quantity.Share(efficiency)), In("latency", latency));
        var perByte = d.Step("KV link energy per byte", spec.Link.Kind == KvLinkKind.ScaleUp
                ? "the accelerator's scale-up linkPjPerBit x 8 (catalog)"
                : $"the scale-out fabric's energy per bit outside the board x 8 ({s.ScaleOutFabric?.Id ?? "no fabric in the catalog: none counted"}, data/fabrics.yaml)",
            link.Energy, In("per byte", link.Energy));
        var energy = d.Step("KV transfer energy per request", "E_kv = KV_wire x e_link", KvTransfer.Energy(wire, perByte), In("KV_wire", wire), In("e_link", perByte));
        var perToken = d.Step("KV transfer energy per output token", "E_kv / output", new JoulesPerToken(energy.Value / s.OutputTokens),
            In("E_kv", energy), In("output", Quantity.TokenCount(s.OutputTokens)));
        return new KvTransferFigures(spec.Link.Kind, whole, perGpu, wire, bandwidth, efficiency, latency, time, perByte, energy, perToken);
    }

    // A pool's cost: its GPUs at a cost per GPU-hour whose energy is the pool's own draw (busy at its utilisation, idle
    // the rest), or the rent.
    private static PoolFigures Pool(
        Scenario s, int instances, int tp, double perInstance, double capacity, double utilisation, TokensPerSecond tokens, Watts busy, string name, Derivation d)
    {
        var idle = s.Accelerator.Power.Idle;
        var power = d.Step($"{name} pool board power per GPU", "P_pool = utilisation x P_busy + (1 - utilisation) x P_idle", (busy * utilisation) + (idle * (1 - utilisation)),
            In("utilisation", Quantity.Share(utilisation)), In("P_busy", busy), In("P_idle", idle));
        var hour = s.Finance.RentedGpuHourPrice is { } rent
            ? d.Step($"{name} pool cost per productive GPU-hour (rented)", "C = price / u", RentalCost.PerProductiveHour(rent, s.Finance.Utilisation),
                In("price", rent), In("u", Quantity.Share(s.Finance.Utilisation)))
            : d.Step($"{name} pool cost per productive GPU-hour", "C = the $/GPU-hour stack at P_pool", GpuHourCostModel.Evaluate(s, power, Watts.Zero, Derivation.Off()).Total,
                In("P_pool", power));
        var gpus = instances * tp;
        var perHour = d.Step($"{name} pool cost per hour", "C_pool = GPUs x C", hour * gpus, In("GPUs", Quantity.Count(gpus)), In("C", hour));
        return new PoolFigures(instances, gpus, perInstance, capacity, utilisation, tokens, power, hour, perHour);
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

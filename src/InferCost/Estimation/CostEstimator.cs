using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Economics;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Estimation;

/// <summary>
/// The whole bottom-up estimate: architecture -> memory -> decode and prefill -> throughput and latency
/// -> power and energy -> $/GPU-hour -> $/1M tokens. Every figure is recorded in the derivation as it is computed.
/// </summary>
public static class CostEstimator
{
    /// <summary>Estimates a scenario, recording every step.</summary>
    public static Result<Estimate> Estimate(Scenario s) => Estimate(s, Derivation.Recording());

    /// <summary>Estimates a scenario into the given derivation (use <see cref="Derivation.Off"/> for sweeps).</summary>
    public static Result<Estimate> Estimate(Scenario s, Derivation d)
    {
        var errors = ScenarioValidator.Validate(s);
        if (errors.Count > 0)
        {
            return Result.Fail<Estimate>(errors);
        }

        var c = new ScenarioContext(s);
        Warn(c, d);
        SustainedCompute(c, d);
        var model = ModelFigures(c, d);
        var plan = MemoryPlanner.Plan(c, d);
        if (!plan.Succeeded)
        {
            return Result.Fail<Estimate>(plan.Errors);
        }

        var batch = plan.Value.Batch;
        var decode = DecodeStepModel.Evaluate(c, batch, d);
        var prefill = PrefillModel.Evaluate(c, batch, "Prefill (steady state, batch of B prompts)", d);
        var firstToken = PrefillModel.Evaluate(c, 1, "Prefill (one prompt alone: time to first token)", d);
        var (throughput, latency) = Rates(c, decode, prefill, firstToken, d);
        KvOffload.CheckEndurance(c, batch, throughput.SteadyOutputTokensPerSecond, d);
        var power = Energy(c, decode, prefill, d);
        var network = NetworkEnergyModel.Evaluate(c, decode, prefill, d);
        var gpuHour = GpuHourCostModel.Evaluate(s, power.Average, network.AveragePower, d);
        var owned = TokenCost(c, gpuHour.Total, gpuHour.Layers, decode, prefill, "Cost per token", "", d);
        var cost = s.Finance.RentedGpuHourPrice is { } rent ? RentedCost(c, rent, decode, prefill, d) with { BottomUp = owned } : owned;
        var energy = new EnergyFigures(
            power.PerToken, power.DecodePerToken, power.FacilityPerToken, power.Decode, power.Prefill, power.Average, power.Physics,
            gpuHour.ItPower, gpuHour.FacilityLayers, gpuHour.GpuPower, gpuHour.HostPower) { Network = network };
        var estimate = new Estimate(s, model, plan.Value, decode, prefill, firstToken, latency, throughput, energy, cost, d.Steps, d.Warnings);

        // A disaggregated deployment: the instance's physics above, its pools' cost, throughput and latency as the headline.
        return Result.Ok(s.Disaggregation is null ? estimate : DisaggregatedEstimator.Apply(estimate, c, d));
    }

    private static void Warn(ScenarioContext c, Derivation d)
    {
        var a = c.Accelerator;
        if (a.Projected)
        {
            d.Warn("projected-hardware", WarningSeverity.Caution, $"{a.Id} is not yet shipping: its figures are estimates (see its catalog entry and sources).");
        }

        if (c.ComputePrecision != c.Scenario.Weights)
        {
            d.Warn("weight-only-quantization", WarningSeverity.Info,
                $"{a.Id} has no {PrecisionFacts.Name(c.Scenario.Weights)} tensor cores: weights are stored at {PrecisionFacts.Name(c.Scenario.Weights)} but multiplied at {PrecisionFacts.Name(c.ComputePrecision)}.");
        }
    }

    // Records the FLOP/s every compute time below is taken from: the datasheet peak or what the TDP sustains.
    private static void SustainedCompute(ScenarioContext c, Derivation d)
    {
        d.Section = "Accelerator";
        var a = c.Accelerator;
        Performance.SustainedCompute.Of(c.DatasheetPeakCompute, a.Power.Tdp, a.Power.Idle, c.EnergyPerFlop, PrecisionFacts.Name(c.ComputePrecision), d);
    }

    private static ModelFigures ModelFigures(ScenarioContext c, Derivation d)
    {
        d.Section = "Model";
        var s = c.Scenario;
        var p = c.Profile;
        var n = p.Parameters;
        d.Step("Total parameters", "N_total = embeddings + LM head + attention + norms + dense FFN + routed experts + shared experts + routers",
            Quantity.ParameterCount(n.Total),
            In("embeddings", Quantity.ParameterCount(n.Embedding)),
            In("LM head", Quantity.ParameterCount(n.LmHead)),
            In("attention", Quantity.ParameterCount(n.Attention)),
            In("norms", Quantity.ParameterCount(n.Norms)),
            In("dense FFN", Quantity.ParameterCount(n.DenseFeedForward)),
            In("routed experts", Quantity.ParameterCount(n.RoutedExperts)),
            In("shared experts", Quantity.ParameterCount(n.SharedExperts)),
            In("routers", Quantity.ParameterCount(n.Routers)));
        d.Step("Active parameters per token", "N_active = N_total - routed experts + k routed experts per MoE layer",
            Quantity.ParameterCount(n.Active),
            In("N_total", Quantity.ParameterCount(n.Total)),
            In("routed experts", Quantity.ParameterCount(n.RoutedExperts)),
            In("active routed experts", Quantity.ParameterCount(n.ActiveRoutedExperts)));
        var weights = d.Step("Weight bytes", "W = (N_total - N_embedding - N_lm_head) x bytes_w + (N_embedding + N_lm_head) x bytes_head",
            new Bytes(p.StoredWeightBytes(c.WeightBytesPerValue, c.HeadBytesPerValue)),
            In("N_total", Quantity.ParameterCount(n.Total)), In("N_embedding + N_lm_head", Quantity.ParameterCount(n.Embedding + n.LmHead)),
            In("bytes_w", new Quantity(c.WeightBytesPerValue, Unit.Bytes)), In("bytes_head", new Quantity(c.HeadBytesPerValue, Unit.Bytes)));
        var a = p.Architecture.Attention;
        var kvPerToken = d.Step(
            "KV bytes per token of context",
            a.Kind == AttentionKind.MultiHeadLatent
                ? "KV_token = (kv_lora_rank + qk_rope_head_dim) x L x bytes_kv"
                : "KV_token = 2 x num_key_value_heads x head_dim x L x bytes_kv",
            p.KvBytesPerToken(s.Kv),
            In("values/token/layer", Quantity.Number(p.CachedValuesPerTokenPerLayer)),
            In("L", Quantity.Count(p.Architecture.LayerCount)),
            In("bytes_kv", new Quantity(c.KvBytesPerValue, Unit.Bytes)));
        double context = s.InputTokens + s.OutputTokens;
        var kvPerRequest = d.Step(
            "KV bytes per request at full context",
            "KV_req = values/token/layer x allocated positions(input + output) x bytes_kv (a windowed layer's positions capped at its window where the stack allocates so)",
            MemoryPlanner.KvPerRequestWhole(c, context),
            In("values/token/layer", Quantity.Number(p.CachedValuesPerTokenPerLayer)),
            In("allocated positions (all layers)", Quantity.TokenCount(MemoryPlanner.AllocatedPositions(p, s.Stack, context))),
            In("bytes_kv", new Quantity(c.KvBytesPerValue, Unit.Bytes)));
        return new ModelFigures(s.Model.Id, s.Model.Name, n.Total, n.Active, weights, kvPerToken, kvPerRequest, c.ComputePrecision);
    }

    private static (ThroughputFigures, LatencyFigures) Rates(ScenarioContext c, DecodeStep decode, PrefillPass prefill, PrefillPass firstToken, Derivation d)
    {
        d.Section = "Throughput and latency";
        var s = c.Scenario;
        double b = decode.Batch;
        var replicas = c.Layout.Replicas;
        var decodeRate = d.Step("Decode output tokens per second (system)", "r = replicas x B / t_step", decode.TokensPerSecond * replicas,
            In("replicas", Quantity.Count(replicas)), In("B / t_step", decode.TokensPerSecond));
        var decodeRatePerGpu = d.Step("Decode output tokens per second per GPU", "r_gpu = r / GPUs", decodeRate / c.Layout.Gpus,
            In("r", decodeRate), In("GPUs", Quantity.Count(c.Layout.Gpus)));
        // The prefill's forward pass yields each request's first token; the other output - 1 come from decode steps.
        var decodeSteps = s.OutputTokens - 1;
        var decodeTime = ServingCycle.DecodeTime(decode.StepTime, decodeSteps);
        var cycle = d.Step("Cycle time for a batch", "T = t_prefill(B) + (output - 1) x t_step", ServingCycle.Cycle(prefill.Time, decodeTime),
            In("t_prefill(B)", prefill.Time), In("output - 1", Quantity.Count(decodeSteps)), In("t_step", decode.StepTime));
        var steadyOut = d.Step("Steady output tokens per second (system)", "r_out = replicas x B x output / T",
            ServingCycle.SystemRate(replicas, b, s.OutputTokens, cycle),
            In("replicas", Quantity.Count(replicas)), In("B", Quantity.Count(b)), In("output", Quantity.TokenCount(s.OutputTokens)), In("T", cycle));
        var steadyIn = d.Step("Steady input tokens per second (system)", "r_in = replicas x B x input / T",
            ServingCycle.SystemRate(replicas, b, s.InputTokens, cycle),
            In("replicas", Quantity.Count(replicas)), In("B", Quantity.Count(b)), In("input", Quantity.TokenCount(s.InputTokens)), In("T", cycle));
        var prefillRate = d.Step("Prefill input tokens per second (system)", "r_prefill = replicas x B x input / t_prefill(B)",
            ServingCycle.SystemRate(replicas, b, s.InputTokens, prefill.Time),
            In("replicas", Quantity.Count(replicas)), In("B", Quantity.Count(b)), In("input", Quantity.TokenCount(s.InputTokens)), In("t_prefill(B)", prefill.Time));
        var decodeShare = d.Step("Share of the cycle spent decoding", "(output - 1) x t_step / T", Quantity.Share(decodeTime / cycle),
            In("(output - 1) x t_step", decodeTime), In("T", cycle));
        var ttft = d.Step("Time to first token", "TTFT = t_prefill(1 prompt)", firstToken.Time, In("t_prefill(1)", firstToken.Time));
        if (b > 1)
        {
            // The steady state has B requests in flight, but TTFT is one prompt alone on an idle replica: true only without a queue.
            d.Warn("ttft-without-queueing", WarningSeverity.Info,
                $"time to first token is one prompt's prefill on an idle replica; with {b:#,##0} requests in flight a new prompt also waits for the others' prefills and decode steps. `infercost simulate --rate R` gives TTFT under a request rate.");
        }

        var tpot = d.Step("Time per output token", "TPOT = t_step", decode.StepTime, In("t_step", decode.StepTime));
        var e2e = d.Step("Request latency", "t_request = TTFT + (output - 1) x TPOT", ttft + (tpot * decodeSteps),
            In("TTFT", ttft), In("output - 1", Quantity.Count(decodeSteps)), In("TPOT", tpot));

        // Under load the other requests' prompts are prefilled while this one decodes (in-flight batching),
        // so the mean gap between its tokens carries their prefill time spread over its decode steps.
        var itl = d.Step(
            "Mean inter-token latency with interleaved prefill",
            "ITL = t_step + (t_prefill(B) - t_prefill(1)) / (output - 1); t_step when output = 1",
            ServingCycle.InterTokenLatency(tpot, prefill.Time, firstToken.Time, decodeSteps),
            In("t_step", tpot), In("t_prefill(B)", prefill.Time), In("t_prefill(1)", firstToken.Time), In("output - 1", Quantity.Count(decodeSteps)));
        return (
            new ThroughputFigures(decodeRate, decodeRatePerGpu, steadyOut, steadyIn, prefillRate, decodeShare, cycle),
            new LatencyFigures(ttft, tpot, itl, e2e));
    }

    private static (JoulesPerToken PerToken, JoulesPerToken DecodePerToken, JoulesPerToken FacilityPerToken, Watts Decode, Watts Prefill, Watts Average, PhysicsEnergy Physics)
        Energy(ScenarioContext c, DecodeStep decode, PrefillPass prefill, Derivation d)
    {
        d.Section = "Energy";
        var s = c.Scenario;
        var a = c.Accelerator;
        var decodeLink = decode.CommunicationBytes;
        var decodePower = PowerModel.Draw(c, decode.Bytes, decode.Flops, decodeLink, decode.StepTime, "Decode", d);
        var prefillPower = PowerModel.Draw(c, prefill.Bytes, prefill.Flops, PrefillModel.LinkBytes(c, prefill.Requests, s.InputTokens), prefill.Time, "Prefill", d);
        var decodeTime = ServingCycle.DecodeTime(decode.StepTime, s.OutputTokens - 1);
        var cycleEnergy = d.Step("GPU energy per cycle per GPU", "E = P_prefill x t_prefill(B) + P_decode x (output - 1) x t_step",
            CycleEnergy.Of(prefillPower, prefill.Time, decodePower, decodeTime),
            In("P_prefill", prefillPower), In("t_prefill(B)", prefill.Time), In("P_decode", decodePower), In("(output - 1) x t_step", decodeTime));
        var average = d.Step("Average active board power", "P_active = E / T", CycleEnergy.AveragePower(cycleEnergy, prefill.Time, decodeTime),
            In("E", cycleEnergy), In("T", prefill.Time + decodeTime));
        double outputTokens = (double)decode.Batch * s.OutputTokens;
        var perToken = d.Step("GPU energy per output token", $"e = E x {c.ReplicaGpusSymbol} / (B x output)", CycleEnergy.PerOutputToken(cycleEnergy, c.GpusPerReplica, outputTokens),
            In("E", cycleEnergy), In(c.ReplicaGpusSymbol, Quantity.Count(c.GpusPerReplica)), In("B x output", Quantity.TokenCount(outputTokens)));
        var decodePerToken = d.Step("Decode GPU energy per output token", $"e_decode = P_decode x t_step x {c.ReplicaGpusSymbol} / B",
            CycleEnergy.PerOutputToken(decodePower * decode.StepTime, c.GpusPerReplica, decode.Batch),
            In("P_decode", decodePower), In("t_step", decode.StepTime), In(c.ReplicaGpusSymbol, Quantity.Count(c.GpusPerReplica)), In("B", Quantity.Count(decode.Batch)));
        var facility = d.Step("Energy per output token with facility overhead", "e_facility = e x PUE", new JoulesPerToken(perToken.Value * s.Facility.Pue),
            In("e", perToken), In("PUE", Quantity.Number(s.Facility.Pue)));
        var physics = PhysicsEnergyModel.Evaluate(c, decode, decodeLink, d);
        return (perToken, decodePerToken, facility, decodePower, prefillPower, average, physics);
    }

    // A rented GPU's bill replaces the owner's stack: one layer, the rent per productive hour. The owner's figures stay
    // beside it (CostFigures.BottomUp), so a face can show both.
    private static CostFigures RentedCost(ScenarioContext c, DollarsPerHour rent, DecodeStep decode, PrefillPass prefill, Derivation d)
    {
        d.Section = "Rented GPU-hour";
        var u = c.Scenario.Finance.Utilisation;
        var hour = d.Step("Rented cost per productive GPU-hour", "C_rent = price per rented GPU-hour / u (every rented hour is paid, producing or not)",
            RentalCost.PerProductiveHour(rent, u), In("price", rent), In("u", Quantity.Share(u)));
        return TokenCost(c, hour, [(CostFigures.RentedLayerId, "Rented GPU-hours", hour)], decode, prefill, "Cost per token (rented GPUs)", "Rented: ", d)
            with { Basis = CostBasis.Rented, RentedGpuHourPrice = rent };
    }

    private static CostFigures TokenCost(
        ScenarioContext c,
        DollarsPerHour gpuHour,
        ImmutableArray<(string Id, string Name, DollarsPerHour Cost)> layers,
        DecodeStep decode,
        PrefillPass prefill,
        string section,
        string prefix,
        Derivation d)
    {
        d.Section = section;
        var s = c.Scenario;
        var replicaRate = d.Step(prefix + "Cost per replica-hour", $"C_replica = C x {c.ReplicaGpusSymbol}", TokenCostModel.ReplicaHour(gpuHour, c.GpusPerReplica),
            In("C", gpuHour), In(c.ReplicaGpusSymbol, Quantity.Count(c.GpusPerReplica)));
        var decodeRate = decode.TokensPerSecond;
        var prefillRate = TokenCostModel.PrefillRate(decode.Batch, s.InputTokens, prefill.Time);
        var output = d.Step(prefix + "Cost per million output tokens", "$/1M out = C_replica / (B / t_step) (output priced by decode time)",
            TokenCostModel.PerMillion(replicaRate, decodeRate), In("C_replica", replicaRate), In("B / t_step", decodeRate));
        var input = d.Step(prefix + "Cost per million input tokens", "$/1M in = C_replica / (B x input / t_prefill(B)) (input priced by prefill time)",
            TokenCostModel.PerMillion(replicaRate, prefillRate), In("C_replica", replicaRate), In("B x input / t_prefill(B)", prefillRate));
        var breakdown = ImmutableArray.CreateBuilder<CostComponent>(layers.Length);
        foreach (var (id, name, cost) in layers)
        {
            var layerOutput = d.Step($"{name}: $/1M output tokens", $"C_layer x {c.ReplicaGpusSymbol} / (B / t_step)", TokenCostModel.LayerPerMillion(cost, c.GpusPerReplica, decodeRate),
                In("C_layer", cost), In(c.ReplicaGpusSymbol, Quantity.Count(c.GpusPerReplica)), In("B / t_step", decodeRate));
            var layerInput = d.Step($"{name}: $/1M input tokens", $"C_layer x {c.ReplicaGpusSymbol} / (B x input / t_prefill(B))", TokenCostModel.LayerPerMillion(cost, c.GpusPerReplica, prefillRate),
                In("C_layer", cost), In(c.ReplicaGpusSymbol, Quantity.Count(c.GpusPerReplica)), In("B x input / t_prefill(B)", prefillRate));
            var share = d.Step($"{name}: share of cost", "C_layer / C", Quantity.Share(cost / gpuHour), In("C_layer", cost), In("C", gpuHour));
            breakdown.Add(new CostComponent(id, name, cost, layerOutput, layerInput, share));
        }

        return new CostFigures(gpuHour, replicaRate, output, input, breakdown.MoveToImmutable());
    }
}

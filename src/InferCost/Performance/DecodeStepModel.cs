using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// A decode step at batch B: reads the weights once (for MoE, the experts the batch touches), every
/// request's KV at the mean decode context, and the activations; step time is the roofline maximum of
/// per-operator roofline times (linear layers, then attention) plus TP communication and a fixed overhead.
/// </summary>
public static class DecodeStepModel
{
    /// <summary>
    /// Bytes a decode step moves: the weights once, every request's KV, and the activations. Per output token this is
    /// W/B + KV per request (+ activations/B): batching amortises the weights, never the KV (essay 001 section 3.2).
    /// </summary>
    public static Bytes StepBytes(Bytes weights, Bytes kvAllRequests, Bytes activations) => weights + kvAllRequests + activations;

    /// <summary>
    /// What a decode step at <paramref name="batch"/> requests of mean context <paramref name="context"/> moves and computes per GPU:
    /// the weights once (for MoE, the experts the batch touches), every request's KV, and the activations.
    /// </summary>
    public static StepWork Work(ScenarioContext c, double batch, double context) => PassWork(c, batch, batch * c.DecodeAttendedPositions(context) * c.KvBytesPerKeptPosition,
        batch * c.DecodeAttendedPositions(context) * c.DecodeAttentionFlopsPerPosition, 1);

    /// <summary>
    /// What <paramref name="passes"/> forward passes over <paramref name="tokens"/> tokens in all move and compute per GPU,
    /// besides the given KV bytes and attention FLOPs: the weights once per pass (the LM head at its own precision; for MoE,
    /// the experts each pass touches), the activations and the experts' token permute, the linear FLOPs, and the routed
    /// experts' grouped-GEMM FLOPs with each expert's rows padded to the MMA tile.
    /// </summary>
    public static StepWork PassWork(ScenarioContext c, double tokens, double kvBytes, double attentionFlops, double passes)
    {
        var p = c.Profile;
        var perPass = tokens / passes;
        return new StepWork(
            new Bytes(passes * p.WeightBytesRead(perPass, c.WeightBytesPerValue, c.HeadBytesPerValue) / c.WeightShards),
            new Bytes(kvBytes),
            new Bytes(tokens * (c.ActivationBytesPerToken + c.PermuteBytesPerToken)),
            new Flops(tokens * c.LinearFlopsPerToken),
            new Flops(tokens * c.ExpertFlopsPerToken),
            new Flops(attentionFlops),
            new Bytes(passes * p.RoutedParametersTouched(perPass) * c.WeightBytesPerValue / c.WeightShards),
            new Flops(passes * p.ExpertGemmFlops(perPass, c.MinTileM) / c.WeightShards),
            new Flops(tokens * c.HeadFlopsPerToken),
            new Bytes(passes * p.HeadParameters * c.HeadBytesPerValue / c.WeightShards));
    }

    /// <summary>The serving stack's time per step (<see cref="StackOverhead.Decode"/>): its pass cost plus host time per request in the batch.</summary>
    public static Seconds Overhead(ScenarioContext c, double batch) => StackOverhead.Decode(c.PassOverhead, c.RequestOverhead, batch);

    /// <summary>Computes the step for <paramref name="batch"/> requests, recording every figure.</summary>
    public static DecodeStep Evaluate(ScenarioContext c, int batch, Derivation d)
    {
        d.Section = "Decode";
        var p = c.Profile;
        var arch = p.Architecture;
        var eff = c.Accelerator.Efficiency;
        double b = batch;
        var ctx = c.AverageDecodeContext;
        var w = Work(c, b, ctx);
        var moeLayer = arch.Layers.FirstOrDefault(l => l.FeedForward.IsMixtureOfExperts)?.FeedForward;
        var touched = moeLayer is null ? 0 : d.Step(
            "Routed experts touched per MoE layer",
            "E_touched = E x (1 - (1 - k/E)^B)",
            Quantity.Number(ModelProfile.ExpertsTouched(moeLayer.RoutedExperts, moeLayer.ExpertsPerToken, b)),
            In("E", Quantity.Count(moeLayer.RoutedExperts)),
            In("k", Quantity.Count(moeLayer.ExpertsPerToken)),
            In("B", Quantity.Count(b)));
        if (moeLayer is not null)
        {
            d.Step(
                "Tokens per touched expert",
                "M = B x k / E_touched",
                Quantity.Number(p.TokensPerTouchedExpert(b)),
                In("B", Quantity.Count(b)),
                In("k", Quantity.Count(moeLayer.ExpertsPerToken)),
                In("E_touched", Quantity.Number(touched)));
            d.Step(
                "Routed-expert weight bytes read per step per GPU",
                "W_experts = N_expert x E_touched x MoE layers x bytes_w / TP",
                w.ExpertWeightBytes,
                In("N_routed,touched", Quantity.ParameterCount(p.RoutedParametersTouched(b))),
                In("bytes_w", new Quantity(c.WeightBytesPerValue, Unit.Bytes)),
                In("TP", Quantity.Count(c.WeightShards)));
            d.Step(
                "Routed-expert grouped-GEMM FLOPs per step per GPU",
                "F_experts,padded = MoE layers x E_touched x ceil(M / tile_M) x tile_M x 2 x N_expert / TP",
                w.ExpertGemmFlops,
                In("M", Quantity.Number(p.TokensPerTouchedExpert(b))),
                In("tile_M", Quantity.Count(c.MinTileM)),
                In("F_experts (unpadded)", w.ExpertFlops),
                In("TP", Quantity.Count(c.WeightShards)));
        }

        var weightBytes = d.Step(
            "Weight bytes read per step per GPU",
            moeLayer is null
                ? "W_step = ((N_total - N_embedding lookup - N_lm_head) x bytes_w + N_lm_head x bytes_head) / TP"
                : "W_step = ((N_always_active - N_embedding lookup - N_lm_head + N_expert x E_touched x MoE layers) x bytes_w + N_lm_head x bytes_head) / TP",
            w.WeightBytes,
            In("N_read", Quantity.ParameterCount(p.ParametersReadPerDecodeStep(b))),
            In("N_lm_head", Quantity.ParameterCount(p.HeadParameters)),
            In("bytes_w", new Quantity(c.WeightBytesPerValue, Unit.Bytes)),
            In("bytes_head", new Quantity(c.HeadBytesPerValue, Unit.Bytes)),
            In("TP", Quantity.Count(c.WeightShards)));
        var kvBytes = d.Step(
            "KV bytes read per step per GPU",
            "KV_step = B x values/token/layer x attended positions(c_avg) x bytes_kv x shard",
            w.KvBytes,
            In("B", Quantity.Count(b)),
            In("c_avg", Quantity.TokenCount(ctx)),
            In("attended positions (all layers)", Quantity.TokenCount(c.DecodeAttendedPositions(ctx))),
            In("bytes_kv", new Quantity(c.KvBytesPerValue, Unit.Bytes)),
            In("shard", Quantity.Share(c.KvShardFraction)));
        var activationBytes = d.Step(
            "Activation bytes per step per GPU",
            moeLayer is null ? "A_step = B x L x a x d x 2 B" : "A_step = B x (L x a x d + MoE layers x 2(k + 1) x d) x 2 B (the second term: token permute and unpermute)",
            w.ActivationBytes,
            In("B", Quantity.Count(b)),
            In("L", Quantity.Count(arch.LayerCount)),
            In("a", Quantity.Number(c.Scenario.Serving.ActivationValuesPerTokenPerLayer)),
            In("d", Quantity.Number(arch.HiddenSize)),
            In("MoE layers", Quantity.Count(p.MoeLayers)));
        var bytes = d.Step("Bytes moved per step per GPU", "bytes = W_step + KV_step + A_step", StepBytes(weightBytes, kvBytes, activationBytes),
            In("W_step", weightBytes), In("KV_step", kvBytes), In("A_step", activationBytes));
        var linear = d.Step(
            "Linear-layer FLOPs per step per GPU",
            "F_lin = B x 2 x N_matmul / TP",
            w.LinearFlops,
            In("B", Quantity.Count(b)),
            In("N_matmul", Quantity.ParameterCount(p.Parameters.ActiveMatmul)),
            In("TP", Quantity.Count(c.WeightShards)));
        var attention = d.Step(
            "Attention FLOPs per step per GPU",
            "F_attn = B x flops/pair x attended positions(c_avg) / TP",
            w.AttentionFlops,
            In("B", Quantity.Count(b)),
            In("flops/pair", Quantity.Number(p.AttentionFlopsPerPair(decode: true))),
            In("attended positions (all layers)", Quantity.TokenCount(c.DecodeAttendedPositions(ctx))),
            In("TP", Quantity.Count(c.AttentionHeadShards)));
        var flops = d.Step("FLOPs per step per GPU", "F = F_lin + F_attn", w.Flops, In("F_lin", linear), In("F_attn", attention));
        var intensity = d.Step("Arithmetic intensity", "I = F / bytes", flops / bytes, In("F", flops), In("bytes", bytes));
        var ridge = d.Step(
            "Ridge point",
            "I_ridge = peak FLOP/s (compute precision) / peak bandwidth",
            Roofline.RidgePoint(c.PeakCompute, c.PeakBandwidth),
            In("peak FLOP/s", c.PeakCompute),
            In("peak BW", c.PeakBandwidth));
        var bandwidth = d.Step("Achievable bandwidth", "BW' = BW x f_bw", c.AchievableBandwidth,
            In("BW", c.PeakBandwidth), In("f_bw", Quantity.Share(eff.BandwidthFraction)));
        var compute = d.Step("Achievable FLOP/s", "FLOP/s' = FLOP/s x f_compute", c.AchievableCompute,
            In("FLOP/s", c.PeakCompute), In("f_compute", Quantity.Share(eff.ComputeFraction)));

        // GEMMs and attention are separate kernels: each is bound by its own roofline and they run one after the other.
        var attentionCompute = d.Step("Achievable attention FLOP/s", "FLOP/s'_attn = FLOP/s(attention precision = KV precision, FP4 KV at FP8) x f_compute",
            c.AchievableAttentionCompute, In("FLOP/s", c.AttentionPeakCompute), In("f_compute", Quantity.Share(eff.ComputeFraction)));
        var headCompute = d.Step("Achievable LM head FLOP/s", "FLOP/s'_head = FLOP/s(head precision: BF16 in FP8/FP4 checkpoints) x f_compute",
            c.AchievableHeadCompute, In("FLOP/s", c.HeadPeakCompute), In("f_compute", Quantity.Share(eff.ComputeFraction)));
        var k = KernelTimes.Record(d, w, c.Rates with { Bandwidth = bandwidth, Compute = compute, AttentionCompute = attentionCompute, HeadCompute = headCompute });
        var (commTime, commBytes) = ForwardPassCommunication.Of(c, b, d);
        var (pass, perRequest) = StackOverhead.Record(c, d);
        var overhead = d.Step("Step overhead", "t_overhead = t_pass + B x t_req", Overhead(c, b),
            In("t_pass", pass), In("B", Quantity.Count(b)), In("t_req", perRequest));
        var offload = KvOffload.Record(c, b, (double)c.Scenario.InputTokens + c.Scenario.OutputTokens, kvBytes, d);
        var stepTime = offload.Value > 0
            ? d.Step(
                "Decode step time",
                "t_step = max(t_lin + t_attn, t_offload) + t_comm + t_overhead",
                ServingCycle.StepTime(k, commTime, overhead, offload),
                In("t_lin", k.Linear),
                In("t_attn", k.Attention),
                In("t_offload", offload),
                In("t_comm", commTime),
                In("t_overhead", overhead))
            : d.Step(
                "Decode step time",
                "t_step = t_lin + t_attn + t_comm + t_overhead",
                ServingCycle.StepTime(k, commTime, overhead),
                In("t_lin", k.Linear),
                In("t_attn", k.Attention),
                In("t_comm", commTime),
                In("t_overhead", overhead));
        var rate = d.Step(
            "Decode tokens per second per replica",
            "r_decode = B / t_step",
            TokensPerSecond.Of(b, stepTime),
            In("B", Quantity.Count(b)),
            In("t_step", stepTime));
        return new DecodeStep(
            batch, ctx, touched, weightBytes, kvBytes, activationBytes, bytes, linear, attention, flops, intensity, ridge,
            k.Memory, k.Compute, k.Linear, k.Attention, commBytes, commTime, overhead, stepTime, Roofline.BoundOf(k.Memory, k.Compute), rate)
        {
            OffloadTime = offload,
        };
    }
}

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
    public static StepWork Work(ScenarioContext c, double batch, double context) => IterationModel.Work(c, IterationMix.Decode(c, batch, context));

    /// <summary>
    /// What <paramref name="passes"/> forward passes of the slowest pipeline stage over <paramref name="tokens"/> tokens in
    /// all (summed over the stage's attention groups) move and compute on its busiest GPU, besides the given KV bytes and
    /// attention FLOPs: the dense weights once per pass (the LM head at its own precision) split over TP; the routed
    /// experts each pass touches split over the stage's GPUs; the activations and the experts' token permute of the GPU's
    /// attention group; the linear FLOPs; and the routed experts' grouped-GEMM FLOPs, each expert's rows padded to the MMA
    /// tile, times the expert skew on the busiest GPU. Each per-layer term is the stage's share of the layers.
    /// </summary>
    /// <param name="c">The scenario's constants.</param>
    /// <param name="tokens">Tokens of the passes, summed over the stage's attention groups.</param>
    /// <param name="kvBytes">KV bytes the busiest GPU reads (decode) or writes (prefill).</param>
    /// <param name="attentionFlops">Attention FLOPs on the busiest GPU.</param>
    /// <param name="passes">Forward passes the tokens take.</param>
    /// <param name="groups">Attention groups the tokens are spread over (<see cref="ScenarioContext.GroupsBusy"/>).</param>
    public static StepWork PassWork(ScenarioContext c, double tokens, double kvBytes, double attentionFlops, double passes, double groups = 1)
    {
        var p = c.Profile;
        var perPass = tokens / passes;
        var groupTokens = tokens / groups;
        var headBytes = passes * p.HeadParameters * c.HeadBytesPerValue / c.WeightShards;
        var denseBytes = passes * (p.ParametersReadPerDecodeStep(0) - p.HeadParameters) * c.WeightBytesPerValue * c.LayerShare / c.WeightShards;
        var expertBytes = passes * p.RoutedParametersTouched(perPass) * c.ExpertCopiesPerExpert * c.WeightBytesPerValue * c.LayerShare / c.ExpertShards;
        return new StepWork(
            new Bytes(denseBytes + headBytes + expertBytes),
            new Bytes(kvBytes),
            new Bytes(groupTokens * (c.ActivationBytesPerToken + c.PermuteBytesPerToken)),
            new Flops((groupTokens * (c.DenseFlopsPerGroupToken + c.HeadFlopsPerToken)) + (tokens * c.ExpertFlopsPerToken)),
            new Flops(tokens * c.ExpertFlopsPerToken),
            new Flops(attentionFlops),
            new Bytes(expertBytes),
            new Flops(passes * p.ExpertGemmFlops(perPass, c.MinTileM) * c.LayerShare * c.ExpertSkew / c.ExpertShards),
            new Flops(groupTokens * c.HeadFlopsPerToken),
            new Bytes(headBytes));
    }

    /// <summary>
    /// The mean context a request's decode steps attend: the step that emits token g + 1 feeds token g and attends
    /// n + g positions (the prompt, the g tokens emitted, the one fed), for g = 1 .. m - 1, so the mean is n + m / 2 (the
    /// prefill emits the first token). The serving simulator steps through the same contexts one by one.
    /// </summary>
    public static double MeanContext(double input, double output) => input + (output / 2);

    /// <summary>The serving stack's time per step (<see cref="StackOverhead.Decode"/>): its pass cost plus host time per request in the batch.</summary>
    public static Seconds Overhead(ScenarioContext c, double batch) => StackOverhead.Decode(c.PassOverhead, c.RequestOverhead, batch / c.GroupsBusy(batch));

    /// <summary>
    /// How a batch of <paramref name="batch"/> requests moves through the pipeline: m = min(B, PP) micro-batches in flight,
    /// b = B / m requests each (B without pipelining), and the attention groups one micro-batch's requests fill.
    /// </summary>
    public static (double MicroBatches, double MicroBatch, double Groups) InFlight(ScenarioContext c, double batch)
    {
        var microBatches = PipelineSchedule.MicroBatches(batch, c.PipelineStages);
        var micro = batch / microBatches;
        return (microBatches, micro, c.GroupsBusy(micro));
    }

    /// <summary>
    /// The time between two tokens of a request at batch <paramref name="batch"/> (<see cref="PipelineSchedule.TokenInterval"/>
    /// over the slowest stage's time for one micro-batch), with the stage's work for that micro-batch: the composition the
    /// explained <see cref="Evaluate"/> records, for the sweep kernel.
    /// </summary>
    /// <remarks>
    /// With speculative decoding the "step" is the time per output token of a request: an iteration (the verify pass of
    /// k + 1 query tokens per request and k passes of the drafter) over the τ tokens it yields on average, and the work is
    /// the iteration's over τ. Every per-step formula downstream (rate B / t_step, (output - 1) x t_step, power, energy)
    /// then holds unchanged in expectation.
    /// </remarks>
    public static Seconds StepTime(ScenarioContext c, double batch, double context, out StepWork stage)
    {
        var (microBatches, micro, _) = InFlight(c, batch);
        var pass = IterationModel.Interval(c, IterationMix.Decode(c, micro, context), microBatches, batch, (double)c.Scenario.InputTokens + c.Scenario.OutputTokens, out stage);
        if (c.Drafting is not { } drafting)
        {
            return pass;
        }

        var draft = DraftTime(drafting, batch, context, out var draftStage);
        stage = PerToken(drafting, stage, draftStage);
        return PerToken(drafting, pass, draft);
    }

    /// <summary>One pass of the drafter over <paramref name="batch"/> requests at context <paramref name="context"/>, one token each (<see cref="IterationModel.Interval"/> on the drafter's constants).</summary>
    public static Seconds DraftTime(DraftingContext s, double batch, double context, out StepWork stage) =>
        IterationModel.Interval(s.Drafter, IterationMix.Decode(s.Drafter, batch, context), 1, 0, 0, out stage);

    /// <summary>A speculative iteration: t_iter = t_verify + k x t_draft.</summary>
    public static Seconds IterationTime(DraftingContext s, Seconds verify, Seconds draft) => verify + (draft * s.DraftTokens);

    /// <summary>Time per output token of a speculative iteration: t_step = (t_verify + k x t_draft) / τ.</summary>
    public static Seconds PerToken(DraftingContext s, Seconds verify, Seconds draft) => IterationTime(s, verify, draft) / s.TokensPerIteration;

    /// <summary>Work per output token of a speculative iteration: (verify + k x draft) / τ.</summary>
    public static StepWork PerToken(DraftingContext s, in StepWork verify, in StepWork draft) => (verify + (draft * s.DraftTokens)) * (1 / s.TokensPerIteration);

    /// <summary>Bytes per output token of a speculative iteration: (verify + k x draft) / τ.</summary>
    public static Bytes PerToken(DraftingContext s, Bytes verify, Bytes draft) => (verify + (draft * s.DraftTokens)) / s.TokensPerIteration;

    /// <summary>
    /// Bytes each GPU sends over its links between two tokens of a request: the collectives and stage-to-stage sends of
    /// every micro-batch (with speculative decoding, the verify pass's k + 1 tokens per request and the drafter's k passes, over τ).
    /// </summary>
    public static Bytes LinkBytes(ScenarioContext c, double batch)
    {
        var (microBatches, micro, groups) = InFlight(c, batch);
        var tokens = micro * c.QueriesPerDecode;
        var pass = (ForwardPassCommunication.Sent(c, tokens, groups) + PipelineSchedule.SendBytes(c, tokens, groups)) * microBatches;
        return c.Drafting is { } s ? PerToken(s, pass, LinkBytes(s.Drafter, batch)) : pass;
    }

    /// <summary>Bytes of <see cref="LinkBytes"/> that cross the scale-out network.</summary>
    public static Bytes ScaleOutLinkBytes(ScenarioContext c, double batch)
    {
        var (microBatches, micro, groups) = InFlight(c, batch);
        var tokens = micro * c.QueriesPerDecode;
        var sends = PipelineSchedule.SendsCrossDomains(c) ? PipelineSchedule.SendBytes(c, tokens, groups) : Bytes.Zero;
        var pass = (ForwardPassCommunication.SentOverScaleOut(c, tokens, groups) + sends) * microBatches;
        return c.Drafting is { } s ? PerToken(s, pass, ScaleOutLinkBytes(s.Drafter, batch)) : pass;
    }

    /// <summary>Computes the step for <paramref name="batch"/> requests, recording every figure.</summary>
    public static DecodeStep Evaluate(ScenarioContext c, int batch, Derivation d)
    {
        d.Section = "Decode";
        var p = c.Profile;
        var arch = p.Architecture;
        var eff = c.Accelerator.Efficiency;
        // With pipelining each stage works on one in-flight micro-batch of b = B / m requests at a time.
        var stages = c.PipelineStages;
        var (microBatches, b, _) = InFlight(c, batch);
        var bLabel = stages > 1 ? "b = B / m" : "B";
        // Verifying k drafts puts k + 1 query tokens per request through the model's matrix products and attention.
        var drafting = c.Drafting;
        var queries = c.QueriesPerDecode;
        var tLabel = drafting is null ? bLabel : "B x (k + 1)";
        var ctx = c.AverageDecodeContext;
        var w = Work(c, b, ctx);
        var moeLayer = arch.Layers.FirstOrDefault(l => l.FeedForward.IsMixtureOfExperts)?.FeedForward;
        var touched = moeLayer is null ? 0 : d.Step(
            "Routed experts touched per MoE layer",
            "E_touched = E x (1 - (1 - k/E)^B)",
            Quantity.Number(ModelProfile.ExpertsTouched(moeLayer.RoutedExperts, moeLayer.ExpertsPerToken, b)),
            In("E", Quantity.Count(moeLayer.RoutedExperts)),
            In("k", Quantity.Count(moeLayer.ExpertsPerToken)),
            In(bLabel, Quantity.Count(b)));
        if (moeLayer is not null)
        {
            d.Step(
                "Tokens per touched expert",
                "M = B x k / E_touched",
                Quantity.Number(p.TokensPerTouchedExpert(b)),
                In(bLabel, Quantity.Count(b)),
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
            In(bLabel, Quantity.Count(b)),
            In("c_avg", Quantity.TokenCount(ctx)),
            In("attended positions (all layers)", Quantity.TokenCount(c.DecodeAttendedPositions(ctx))),
            In("bytes_kv", new Quantity(c.KvBytesPerValue, Unit.Bytes)),
            In("shard", Quantity.Share(c.KvShardFraction)));
        var activationBytes = d.Step(
            "Activation bytes per step per GPU",
            moeLayer is null ? $"A_step = {tLabel} x L x a x d x 2 B" : $"A_step = {tLabel} x (L x a x d + MoE layers x 2(k_experts + 1) x d) x 2 B (the second term: token permute and unpermute)",
            w.ActivationBytes,
            In(tLabel, Quantity.Count(b * queries)),
            In("L", Quantity.Count(arch.LayerCount)),
            In("a", Quantity.Number(c.Scenario.Serving.ActivationValuesPerTokenPerLayer)),
            In("d", Quantity.Number(arch.HiddenSize)),
            In("MoE layers", Quantity.Count(p.MoeLayers)));
        var bytes = d.Step("Bytes moved per step per GPU", "bytes = W_step + KV_step + A_step", StepBytes(weightBytes, kvBytes, activationBytes),
            In("W_step", weightBytes), In("KV_step", kvBytes), In("A_step", activationBytes));
        var linear = d.Step(
            "Linear-layer FLOPs per step per GPU",
            $"F_lin = {tLabel} x 2 x N_matmul / TP",
            w.LinearFlops,
            In(tLabel, Quantity.Count(b * queries)),
            In("N_matmul", Quantity.ParameterCount(p.Parameters.ActiveMatmul)),
            In("TP", Quantity.Count(c.WeightShards)));
        var attention = d.Step(
            "Attention FLOPs per step per GPU",
            $"F_attn = {tLabel} x flops/pair x attended positions(c_avg) / TP",
            w.AttentionFlops,
            In(tLabel, Quantity.Count(b * queries)),
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
        var (commTime, commBytes) = ForwardPassCommunication.Of(c, b * queries, d, c.GroupsBusy(b));
        var (pass, perRequest) = StackOverhead.Record(c, d);
        var overhead = d.Step("Step overhead", "t_overhead = t_pass + B x t_req", Overhead(c, b),
            In("t_pass", pass), In(bLabel, Quantity.Count(b)), In("t_req", perRequest));
        // The KV beyond HBM is held for the whole batch; a stage streams its micro-batch's share of it.
        var offload = KvOffload.Record(c, batch, (double)c.Scenario.InputTokens + c.Scenario.OutputTokens, kvBytes, d);
        var streams = offload.Value > 0;
        DerivationInput[] stageInputs = streams
            ? [In("t_lin", k.Linear), In("t_attn", k.Attention), In("t_offload", offload), In("t_comm", commTime), In("t_overhead", overhead)]
            : [In("t_lin", k.Linear), In("t_attn", k.Attention), In("t_comm", commTime), In("t_overhead", overhead)];
        var stageTime = d.Step(
            stages > 1 ? "Stage time per micro-batch (slowest stage)" : drafting is null ? "Decode step time" : "Verify pass time",
            $"{(stages > 1 ? "t_stage" : drafting is null ? "t_step" : "t_verify")} = {(streams ? "max(t_lin + t_attn, t_offload)" : "t_lin + t_attn")} + t_comm + t_overhead",
            ServingCycle.StepTime(k, commTime, overhead, offload),
            stageInputs);
        var stepTime = stages > 1 ? Pipeline(c, batch, microBatches, b, stageTime, d) : stageTime;
        if (drafting is not null)
        {
            return Speculative(c, drafting, batch, ctx, touched, w, stageTime, k, commTime, overhead, intensity, ridge, d);
        }

        var rate = d.Step(
            "Decode tokens per second per replica",
            "r_decode = B / t_step",
            TokensPerSecond.Of(batch, stepTime),
            In("B", Quantity.Count(batch)),
            In("t_step", stepTime));
        // Per GPU between two tokens of a request, each stage works on every one of the m micro-batches.
        var m = microBatches;
        return new DecodeStep(
            batch, ctx, touched, weightBytes * m, kvBytes * m, activationBytes * m, bytes * m, linear * m, attention * m, flops * m, intensity, ridge,
            k.Memory * m, k.Compute * m, k.Linear * m, k.Attention * m, LinkBytes(c, batch), commTime * m, overhead * m, stepTime, Roofline.BoundOf(k.Memory, k.Compute), rate)
        {
            OffloadTime = offload * m,
        };
    }

    // A speculative iteration: the verify pass just recorded, k passes of the drafter, the tokens each iteration yields, and
    // the time and work per output token that every later formula reads as the decode step.
    private static DecodeStep Speculative(
        ScenarioContext c, DraftingContext s, int batch, double ctx, double touched, in StepWork verify, Seconds verifyTime, in KernelDurations k,
        Seconds commTime, Seconds overhead, FlopsPerByte intensity, FlopsPerByte ridge, Derivation d)
    {
        var spec = s.Speculation;
        var draftTime = DraftTime(s, batch, ctx, out var draftWork);
        var drafter = spec.IsMtp ? "the model's MTP module: one decoder layer with its embedding and LM head" : "the draft model " + spec.Drafter.Id;
        var draft = d.Step(
            "Draft pass time",
            $"t_draft = the decode step of {drafter}, at B requests of context c_avg on the same GPUs",
            draftTime,
            In("B", Quantity.Count(batch)),
            In("c_avg", Quantity.TokenCount(ctx)),
            In("bytes per draft pass per GPU", draftWork.Bytes),
            In("FLOPs per draft pass per GPU", draftWork.Flops));
        var kIn = In("k (drafted tokens)", Quantity.Count(s.DraftTokens));
        var iteration = d.Step("Speculative iteration time", "t_iter = t_verify + k x t_draft", IterationTime(s, verifyTime, draft),
            In("t_verify", verifyTime), kIn, In("t_draft", draft));
        var tau = d.Step(
            "Tokens per iteration per request",
            "τ = (1 - α^(k + 1)) / (1 - α): the drafts accepted before the first rejection, plus the model's own token (k + 1 at α = 1)",
            Quantity.Number(s.TokensPerIteration),
            In("α (acceptance)", Quantity.Share(spec.Acceptance)),
            kIn);
        var stepTime = d.Step("Decode step time (per output token)", "t_step = t_iter / τ", PerToken(s, verifyTime, draft),
            In("t_iter", iteration), In("τ", Quantity.Number(tau)));
        var perToken = PerToken(s, verify, draftWork);
        var bytes = d.Step("Bytes moved per output token per GPU", "bytes_token = (bytes_verify + k x bytes_draft) / τ", perToken.Bytes,
            In("bytes_verify", verify.Bytes), kIn, In("bytes_draft", draftWork.Bytes), In("τ", Quantity.Number(tau)));
        var flops = d.Step("FLOPs per output token per GPU", "F_token = (F_verify + k x F_draft) / τ", perToken.Flops,
            In("F_verify", verify.Flops), kIn, In("F_draft", draftWork.Flops), In("τ", Quantity.Number(tau)));
        var rate = d.Step("Decode tokens per second per replica", "r_decode = B / t_step", TokensPerSecond.Of(batch, stepTime),
            In("B", Quantity.Count(batch)), In("t_step", stepTime));
        var draftKernels = KernelTimes.Of(draftWork, s.Drafter.Rates);
        var perTokenTime = (Seconds verifyPart, Seconds draftPart) => PerToken(s, verifyPart, draftPart);
        return new DecodeStep(
            batch, ctx, touched, perToken.WeightBytes, perToken.KvBytes, perToken.ActivationBytes, bytes, perToken.LinearFlops, perToken.AttentionFlops, flops,
            intensity, ridge,
            perTokenTime(k.Memory, draftKernels.Memory), perTokenTime(k.Compute, draftKernels.Compute), perTokenTime(k.Linear, draftKernels.Linear),
            perTokenTime(k.Attention, draftKernels.Attention), LinkBytes(c, batch),
            perTokenTime(commTime, ForwardPassCommunication.Time(s.Drafter, batch, s.Drafter.GroupsBusy(batch))),
            perTokenTime(overhead, Overhead(s.Drafter, batch)), stepTime, Roofline.BoundOf(k.Memory, k.Compute), rate);
    }

    // The pipeline's schedule over the slowest stage's time: micro-batches in flight, the stage-to-stage send, the round trip.
    private static Seconds Pipeline(ScenarioContext c, int batch, double microBatches, double micro, Seconds stageTime, Derivation d)
    {
        var stages = c.PipelineStages;
        var groups = c.GroupsBusy(micro);
        d.Step("Pipeline stage layers", "ceil(L / PP) (stages need not divide the layers: the slowest paces the pipeline)", Quantity.Count(c.StageLayers),
            In("L", Quantity.Count(c.Profile.Architecture.LayerCount)), In("PP", Quantity.Count(stages)));
        d.Step("Micro-batches in flight", "m = min(B, PP)", Quantity.Count(microBatches), In("B", Quantity.Count(batch)), In("PP", Quantity.Count(stages)));
        var m = Quantity.Count(microBatches);
        var link = GroupLink.For(c, c.GpusPerReplica);
        var sendBytes = d.Step("Stage-to-stage send per micro-batch per GPU", "S_send = b / attention groups x d x 2 B", PipelineSchedule.SendBytes(c, micro, groups),
            In("b", Quantity.Count(micro)), In("d", Quantity.Number(c.Profile.Architecture.HiddenSize)));
        var send = d.Step(
            "Stage-to-stage send time",
            link.CrossesDomains ? "t_send = alpha + S_send / BW_out' (the replica spans scale-up domains: sends cross the scale-out NIC)" : "t_send = alpha + S_send / BW_up'",
            PipelineSchedule.SendTime(c, micro, groups), In("alpha", link.Latency), In("S_send", sendBytes), In("BW_link'", link.Bandwidth));
        d.Step("Pipeline bubble", "1 - m / PP (the share of each stage's time with no micro-batch to work on)", Quantity.Share(PipelineSchedule.Bubble(stages, microBatches)),
            In("m", m), In("PP", Quantity.Count(stages)));
        return d.Step(
            "Decode step time (between two tokens of a request)",
            "t_step = max(m x t_stage, PP x (t_stage + t_send))",
            PipelineSchedule.TokenInterval(stageTime, send, stages, microBatches),
            In("m", m), In("t_stage", stageTime), In("PP", Quantity.Count(stages)), In("t_send", send));
    }
}

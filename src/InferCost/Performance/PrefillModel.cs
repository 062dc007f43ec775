using InferCost.Catalog;
using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// Prefill: every prompt token goes through the matrix products, attention evaluates each causal
/// (query, key) pair, and the prompt's KV is written. Long prompts are compute-bound.
/// </summary>
public static class PrefillModel
{
    /// <summary>Forward passes the scheduler needs for <paramref name="tokens"/> prompt tokens: ceil(tokens / T_max).</summary>
    public static double Passes(ScenarioContext c, double tokens) => Math.Ceiling(tokens / c.Scenario.Serving.MaxBatchedTokens);

    /// <summary>
    /// What prefilling <paramref name="requests"/> prompts of <paramref name="inputTokens"/> tokens in <paramref name="passes"/>
    /// forward passes moves and computes per GPU: the weights once per pass, the prompts' KV written, the activations.
    /// </summary>
    public static StepWork Work(ScenarioContext c, double requests, double inputTokens, double passes) =>
        IterationModel.Work(c, IterationMix.Prefill(c, requests, inputTokens), passes);

    /// <summary>Prefill time: the kernels, the all-reduces, the stack's time per pass and host time per request.</summary>
    public static Seconds Time(in KernelDurations k, Seconds communication, ScenarioContext c, double passes, double requests) =>
        k.Linear + k.Attention + communication + Overhead(c, passes, requests);

    /// <summary>
    /// Prefill time through the pipeline (<see cref="PipelineSchedule.PrefillTime"/>): the slowest stage's time for all the
    /// chunks, streamed one chunk apart with a stage-to-stage send each; the stage time itself without pipelining.
    /// </summary>
    public static Seconds Pipelined(ScenarioContext c, Seconds stageTime, double tokens, double requests, double passes) =>
        PipelineSchedule.PrefillTime(stageTime, PipelineSchedule.SendTime(c, tokens / passes, c.GroupsBusy(requests)), c.PipelineStages, passes);

    /// <summary>
    /// The prefill of <paramref name="requests"/> prompts of <paramref name="input"/> tokens, composed without recording
    /// (for the sweep kernel): its work per GPU of the slowest stage, and its time through the pipeline.
    /// </summary>
    public static Seconds TimeOf(ScenarioContext c, double requests, double input, out StepWork work)
    {
        var tokens = requests * input;
        var passes = Passes(c, tokens);
        work = Work(c, requests, input, passes);
        var stage = Time(KernelTimes.Of(work, c.Rates), ForwardPassCommunication.Time(c, tokens, c.GroupsBusy(requests)), c, passes, requests);
        return Pipelined(c, stage, tokens, requests, passes);
    }

    /// <summary>Bytes each GPU sends over its links in the prefill of <paramref name="requests"/> prompts of <paramref name="input"/> tokens: its collectives and, with pipelining, each chunk's send to the next stage.</summary>
    public static Bytes LinkBytes(ScenarioContext c, double requests, double input)
    {
        var tokens = requests * input;
        var passes = Passes(c, tokens);
        var groups = c.GroupsBusy(requests);
        return ForwardPassCommunication.Sent(c, tokens, groups) + (PipelineSchedule.SendBytes(c, tokens / passes, groups) * passes);
    }

    /// <summary>Bytes of <see cref="LinkBytes"/> that cross the scale-out network.</summary>
    public static Bytes ScaleOutLinkBytes(ScenarioContext c, double requests, double input)
    {
        var tokens = requests * input;
        var passes = Passes(c, tokens);
        var groups = c.GroupsBusy(requests);
        var sends = PipelineSchedule.SendsCrossDomains(c) ? PipelineSchedule.SendBytes(c, tokens / passes, groups) * passes : Bytes.Zero;
        return ForwardPassCommunication.SentOverScaleOut(c, tokens, groups) + sends;
    }

    /// <summary>The serving stack's time for a prefill (<see cref="StackOverhead.Prefill"/>): its pass cost per forward pass plus host time per request.</summary>
    public static Seconds Overhead(ScenarioContext c, double passes, double requests) =>
        StackOverhead.Prefill(c.PassOverhead, c.RequestOverhead, passes, requests / c.GroupsBusy(requests));

    /// <summary>Computes the prefill of <paramref name="requests"/> prompts of the scenario's input length, recording every figure.</summary>
    public static PrefillPass Evaluate(ScenarioContext c, int requests, string label, Derivation d)
    {
        d.Section = label;
        var p = c.Profile;
        var eff = c.Accelerator.Efficiency;
        double n = c.Scenario.InputTokens;
        double r = requests;
        var tokens = r * n;
        var passes = d.Step(
            "Forward passes",
            "passes = ceil(R x n / T_max)",
            Quantity.Count(Passes(c, tokens)),
            In("R", Quantity.Count(r)),
            In("n", Quantity.TokenCount(n)),
            In("T_max", Quantity.TokenCount(c.Scenario.Serving.MaxBatchedTokens)));
        var w = Work(c, r, n, passes);
        var bytes = d.Step(
            "Bytes moved per GPU",
            "bytes = passes x W_read / TP + KV written + activations",
            w.Bytes,
            In("weights read", w.WeightBytes),
            In("KV written", w.KvBytes),
            In("activations", w.ActivationBytes));
        var flops = d.Step(
            "FLOPs per GPU",
            "F = (R x n x 2 x N_matmul + R x flops/pair x causal pairs(n)) / TP",
            w.Flops,
            In("linear", w.LinearFlops),
            In("attention", w.AttentionFlops),
            In("causal pairs (all layers)", Quantity.Number(p.PrefillAttentionPairs(n))));
        var k = KernelTimes.Record(d, w, c.Rates);
        var (commTime, _) = ForwardPassCommunication.Of(c, tokens, d, c.GroupsBusy(r));
        var (pass, perRequest) = StackOverhead.Record(c, d);
        var time = d.Step(
            c.PipelineStages > 1 ? "Prefill time of the slowest stage" : "Prefill time",
            c.PipelineStages > 1 ? "t_stage = t_lin + t_attn + t_comm + passes x t_pass + R x t_req" : "t_prefill = t_lin + t_attn + t_comm + passes x t_pass + R x t_req",
            Time(k, commTime, c, passes, r),
            In("t_lin", k.Linear),
            In("t_attn", k.Attention),
            In("t_comm", commTime),
            In("passes", Quantity.Count(passes)),
            In("t_pass", pass),
            In("R", Quantity.Count(r)),
            In("t_req", perRequest));
        if (c.PipelineStages > 1)
        {
            var send = PipelineSchedule.SendTime(c, tokens / passes, c.GroupsBusy(r));
            time = d.Step(
                "Prefill time through the pipeline",
                "t_prefill = (t_stage / passes + t_send) x (passes + PP - 1) (the chunks stream through the stages one stage-time apart)",
                Pipelined(c, time, tokens, r, passes),
                In("t_stage", time), In("passes", Quantity.Count(passes)), In("t_send (one chunk)", send), In("PP", Quantity.Count(c.PipelineStages)));
        }

        return new PrefillPass(requests, tokens, passes, bytes, flops, k.Memory, k.Compute, commTime, Overhead(c, passes, r), time, Roofline.BoundOf(k.Memory, k.Compute));
    }
}

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
    /// <summary>Computes the prefill of <paramref name="requests"/> prompts of the scenario's input length.</summary>
    public static PrefillPass Evaluate(ScenarioContext c, int requests, string label, Derivation d)
    {
        d.Section = label;
        var p = c.Profile;
        var arch = p.Architecture;
        var eff = c.Accelerator.Efficiency;
        double n = c.Scenario.InputTokens;
        double r = requests;
        var tokens = r * n;
        var passes = d.Step(
            "Forward passes",
            "passes = ceil(R x n / T_max)",
            Quantity.Count(Math.Ceiling(tokens / c.Scenario.Serving.MaxBatchedTokens)),
            In("R", Quantity.Count(r)),
            In("n", Quantity.TokenCount(n)),
            In("T_max", Quantity.TokenCount(c.Scenario.Serving.MaxBatchedTokens)));
        var tokensPerPass = tokens / passes;
        var weights = new Bytes(passes * p.ParametersReadPerDecodeStep(tokensPerPass) * c.WeightBytesPerValue / c.Tp);
        var kvWritten = new Bytes(r * p.CachedValuesPerTokenPerLayer * p.KeptPositions(n) * c.KvBytesPerValue * c.KvShardFraction);
        var activations = new Bytes(tokens * arch.LayerCount * c.Scenario.Serving.ActivationValuesPerTokenPerLayer * arch.HiddenSize * ScenarioContext.ActivationBytesPerValue);
        var bytes = d.Step(
            "Bytes moved per GPU",
            "bytes = passes x W_read / TP + KV written + activations",
            weights + kvWritten + activations,
            In("weights read", weights),
            In("KV written", kvWritten),
            In("activations", activations));
        var linear = new Flops(tokens * 2 * p.Parameters.ActiveMatmul / c.Tp);
        var expertFlops = new Flops(tokens * 2 * p.Parameters.ActiveRoutedExperts / c.Tp);
        var attention = new Flops(r * p.AttentionFlopsPerPair(decode: false) * p.PrefillAttentionPairs(n) / c.Tp);
        var flops = d.Step(
            "FLOPs per GPU",
            "F = (R x n x 2 x N_matmul + R x flops/pair x causal pairs(n)) / TP",
            linear + attention,
            In("linear", linear),
            In("attention", attention),
            In("causal pairs (all layers)", Quantity.Number(p.PrefillAttentionPairs(n))));
        var bandwidth = c.PeakBandwidth * eff.BandwidthFraction;
        var compute = c.PeakCompute * eff.ComputeFraction;
        var linearCompute = KernelTimes.LinearCompute(d, linear, expertFlops, compute, eff.ExpertComputeFraction);
        var linearTime = KernelTimes.Linear(d, weights + activations, bandwidth, linearCompute);
        var attentionTime = KernelTimes.Attention(d, kvWritten, attention, bandwidth, compute);
        var memoryTime = KernelTimes.Memory(d, bytes, bandwidth);
        var computeTime = KernelTimes.Compute(d, linearCompute, attention, compute);
        var (commTime, _) = ForwardPassCommunication.Of(c, tokens, d);
        var overhead = (eff.StepOverhead * passes) + (eff.RequestOverhead * r);
        var time = d.Step(
            "Prefill time",
            "t_prefill = t_lin + t_attn + t_comm + passes x t_step,fixed + R x t_request",
            linearTime + attentionTime + commTime + overhead,
            In("t_lin", linearTime),
            In("t_attn", attentionTime),
            In("t_comm", commTime),
            In("passes", Quantity.Count(passes)),
            In("t_step,fixed", eff.StepOverhead),
            In("R", Quantity.Count(r)),
            In("t_request", eff.RequestOverhead));
        return new PrefillPass(requests, tokens, passes, bytes, flops, memoryTime, computeTime, commTime, overhead, time, Roofline.BoundOf(memoryTime, computeTime));
    }
}

using InferCost.Catalog;
using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// All-reduce cost of tensor parallelism over the scale-up link, per algorithm. Every algorithm pays the launch and
/// synchronisation latency alpha once per synchronisation; the bandwidth terms are per direction per GPU at the link's
/// achievable bandwidth BW. The stacks (NCCL's tuner, TensorRT-LLM's and vLLM's custom all-reduce) pick the fastest
/// algorithm the fabric offers for each message size, and so does <see cref="Fastest"/>.
/// </summary>
public static class TensorParallelCommunication
{
    /// <summary>
    /// Ring all-reduce of <paramref name="payload"/> across <paramref name="tp"/> GPUs:
    /// alpha + 2(TP-1) x alpha_step + 2(TP-1)/TP x S / BW. Zero for one GPU.
    /// </summary>
    public static Seconds RingTime(Bytes payload, int tp, BytesPerSecond linkBandwidth, Seconds latency, Seconds stepLatency) =>
        tp <= 1 ? Seconds.Zero : latency + (stepLatency * (2.0 * (tp - 1))) + (payload * (2.0 * (tp - 1) / tp) / linkBandwidth);

    /// <summary>One-shot all-reduce: alpha + (TP-1) x S / BW (each GPU reads all peers' whole buffers). Zero for one GPU.</summary>
    public static Seconds OneShotTime(Bytes payload, int tp, BytesPerSecond linkBandwidth, Seconds latency) =>
        tp <= 1 ? Seconds.Zero : latency + (payload * (tp - 1.0) / linkBandwidth);

    /// <summary>Two-shot all-reduce (one-shot reduce-scatter, then all-gather): 2 alpha + 2(TP-1)/TP x S / BW. Zero for one GPU.</summary>
    public static Seconds TwoShotTime(Bytes payload, int tp, BytesPerSecond linkBandwidth, Seconds latency) =>
        tp <= 1 ? Seconds.Zero : (latency * 2.0) + (payload * (2.0 * (tp - 1) / tp) / linkBandwidth);

    /// <summary>
    /// In-switch (NVLink SHARP / NVLS) all-reduce: alpha + alpha_switch + S / BW, since each GPU sends its S once and
    /// receives the reduced S once whatever the group size. Zero for one GPU.
    /// </summary>
    public static Seconds InSwitchTime(Bytes payload, int tp, BytesPerSecond linkBandwidth, Seconds latency, Seconds switchLatency) =>
        tp <= 1 ? Seconds.Zero : latency + switchLatency + (payload / linkBandwidth);

    /// <summary>
    /// Tree all-reduce (NCCL's double binary tree): alpha + 2 ceil(log2 TP) x alpha_step + 2 x S / BW, since the reduction
    /// climbs the tree and the result comes back down, each GPU sending about S each way at full bandwidth ("Massively
    /// Scale Your Deep Learning Training with NCCL 2.4", NVIDIA technical blog, 2019-02: logarithmic latency, full
    /// bandwidth). Zero for one GPU.
    /// </summary>
    public static Seconds TreeTime(Bytes payload, int tp, BytesPerSecond linkBandwidth, Seconds latency, Seconds stepLatency) =>
        tp <= 1 ? Seconds.Zero : latency + (stepLatency * (2.0 * Math.Ceiling(Math.Log2(tp)))) + (payload * 2.0 / linkBandwidth);

    /// <summary>
    /// The fastest all-reduce the fabric offers for <paramref name="payload"/> over <paramref name="tp"/> GPUs: ring always;
    /// one-shot and two-shot when GPUs map each other's memory; in-switch when the switch reduces; tree across nodes. Ties
    /// go to the earlier of ring, one-shot, two-shot, in-switch, tree.
    /// </summary>
    public static AllReduceChoice Fastest(Bytes payload, int tp, BytesPerSecond linkBandwidth, Seconds latency, FabricSpec fabric)
    {
        if (tp <= 1)
        {
            return new AllReduceChoice(AllReduceAlgorithm.None, Seconds.Zero);
        }

        var best = new AllReduceChoice(AllReduceAlgorithm.Ring, RingTime(payload, tp, linkBandwidth, latency, fabric.RingStepLatency));
        if (fabric.PeerAllReduce)
        {
            best = Faster(best, new AllReduceChoice(AllReduceAlgorithm.OneShot, OneShotTime(payload, tp, linkBandwidth, latency)));
            best = Faster(best, new AllReduceChoice(AllReduceAlgorithm.TwoShot, TwoShotTime(payload, tp, linkBandwidth, latency)));
        }

        if (fabric.InSwitchReduction)
        {
            best = Faster(best, new AllReduceChoice(AllReduceAlgorithm.InSwitch, InSwitchTime(payload, tp, linkBandwidth, latency, fabric.InSwitchLatency)));
        }

        if (fabric.TreeAllReduce)
        {
            best = Faster(best, new AllReduceChoice(AllReduceAlgorithm.Tree, TreeTime(payload, tp, linkBandwidth, latency, fabric.RingStepLatency)));
        }

        return best;
    }

    /// <summary>Bytes each GPU sends in one all-reduce by <paramref name="algorithm"/>: ring/two-shot 2(TP-1)/TP x S, one-shot (TP-1) x S, in-switch S, tree 2 x S.</summary>
    public static Bytes BytesSentPerGpu(Bytes payload, int tp, AllReduceAlgorithm algorithm) => tp <= 1 ? Bytes.Zero : algorithm switch
    {
        AllReduceAlgorithm.OneShot => payload * (tp - 1.0),
        AllReduceAlgorithm.InSwitch => payload,
        AllReduceAlgorithm.Tree => payload * 2.0,
        AllReduceAlgorithm.None => Bytes.Zero,
        _ => payload * (2.0 * (tp - 1) / tp),
    };

    private static AllReduceChoice Faster(AllReduceChoice a, AllReduceChoice b) => b.Time < a.Time ? b : a;
}

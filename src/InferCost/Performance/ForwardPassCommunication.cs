using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>The two all-reduces per layer (after attention, after the FFN) of a tensor-parallel forward pass.</summary>
public static class ForwardPassCommunication
{
    /// <summary>Bytes one all-reduce carries for a forward pass over <paramref name="tokens"/> tokens: tokens x d x 2 B.</summary>
    public static Bytes Payload(ScenarioContext c, double tokens) =>
        new(tokens * c.Profile.Architecture.HiddenSize * ScenarioContext.ActivationBytesPerValue);

    /// <summary>The algorithm the stack picks for one all-reduce of the pass over <paramref name="tokens"/> tokens, and its time.</summary>
    public static AllReduceChoice AllReduce(ScenarioContext c, double tokens)
    {
        var link = c.Accelerator.Interconnect;
        return TensorParallelCommunication.Fastest(
            Payload(c, tokens), c.CollectiveGroup, LinkBandwidth(c), link.AllReduceLatency, link.FabricOrRing);
    }

    /// <summary>Time of the pass's all-reduces: 2L of the fastest algorithm the fabric offers (zero when TP = 1).</summary>
    public static Seconds Time(ScenarioContext c, double tokens) =>
        c.CollectiveGroup <= 1 ? Seconds.Zero : AllReduce(c, tokens).Time * AllReduces(c);

    /// <summary>
    /// Bytes each GPU sends over the scale-up links in the pass (for the link energy): 2L all-reduces of the payload, each
    /// by the algorithm <see cref="AllReduce"/> picks (<see cref="TensorParallelCommunication.BytesSentPerGpu"/>); zero when TP = 1.
    /// </summary>
    public static Bytes Sent(ScenarioContext c, double tokens) =>
        c.CollectiveGroup <= 1
            ? Bytes.Zero
            : TensorParallelCommunication.BytesSentPerGpu(Payload(c, tokens), c.CollectiveGroup, AllReduce(c, tokens).Algorithm) * AllReduces(c);

    /// <summary>Time and bytes sent per GPU for a forward pass over <paramref name="tokens"/> tokens, recorded.</summary>
    public static (Seconds Time, Bytes Sent) Of(ScenarioContext c, double tokens, Derivation d)
    {
        var link = c.Accelerator.Interconnect;
        var fabric = link.FabricOrRing;
        var allReduces = AllReduces(c);
        var payload = d.Step(
            "All-reduce payload",
            "S = tokens x d x 2 B",
            Payload(c, tokens),
            In("tokens", Quantity.TokenCount(tokens)),
            In("d", Quantity.Number(c.Profile.Architecture.HiddenSize)));
        var choice = AllReduce(c, tokens);
        var bandwidth = LinkBandwidth(c);
        if (c.CollectiveGroup > 1)
        {
            var tp = c.CollectiveGroup;
            d.Step("Ring all-reduce time", "t_ring = alpha + 2(TP-1) x alpha_step + 2(TP-1)/TP x S / BW_link'",
                TensorParallelCommunication.RingTime(payload, tp, bandwidth, link.AllReduceLatency, fabric.RingStepLatency),
                In("alpha", link.AllReduceLatency), In("alpha_step", fabric.RingStepLatency), In("TP", Quantity.Count(tp)), In("S", payload),
                In("BW_link'", bandwidth));
            if (fabric.PeerAllReduce)
            {
                d.Step("One-shot all-reduce time", "t_1shot = alpha + (TP-1) x S / BW_link'",
                    TensorParallelCommunication.OneShotTime(payload, tp, bandwidth, link.AllReduceLatency),
                    In("alpha", link.AllReduceLatency), In("TP", Quantity.Count(tp)), In("S", payload), In("BW_link'", bandwidth));
                d.Step("Two-shot all-reduce time", "t_2shot = 2 alpha + 2(TP-1)/TP x S / BW_link'",
                    TensorParallelCommunication.TwoShotTime(payload, tp, bandwidth, link.AllReduceLatency),
                    In("alpha", link.AllReduceLatency), In("TP", Quantity.Count(tp)), In("S", payload), In("BW_link'", bandwidth));
            }

            if (fabric.InSwitchReduction)
            {
                d.Step("In-switch (NVLS) all-reduce time", "t_nvls = alpha + alpha_switch + S / BW_link'",
                    TensorParallelCommunication.InSwitchTime(payload, tp, bandwidth, link.AllReduceLatency, fabric.InSwitchLatency),
                    In("alpha", link.AllReduceLatency), In("alpha_switch", fabric.InSwitchLatency), In("S", payload), In("BW_link'", bandwidth));
            }
        }

        var time = d.Step(
            "Tensor-parallel communication time",
            $"t_comm = 2L x min over the fabric's algorithms (chosen: {Name(choice.Algorithm)}), 0 when TP = 1",
            Time(c, tokens),
            In("2L", Quantity.Count(allReduces)),
            In("t_allreduce", choice.Time),
            In("BW_link", link.ScaleUpBandwidth),
            In("f_link", Quantity.Share(c.Accelerator.Efficiency.LinkFraction)));
        return (time, Sent(c, tokens));
    }

    /// <summary>The name of an algorithm as the derivation shows it.</summary>
    public static string Name(AllReduceAlgorithm algorithm) => algorithm switch
    {
        AllReduceAlgorithm.Ring => "ring",
        AllReduceAlgorithm.OneShot => "one-shot",
        AllReduceAlgorithm.TwoShot => "two-shot",
        AllReduceAlgorithm.InSwitch => "in-switch (NVLS)",
        _ => "none",
    };

    private static BytesPerSecond LinkBandwidth(ScenarioContext c) =>
        c.Accelerator.Interconnect.ScaleUpBandwidth * c.Accelerator.Efficiency.LinkFraction;

    private static double AllReduces(ScenarioContext c) => 2.0 * c.Profile.Architecture.LayerCount;
}

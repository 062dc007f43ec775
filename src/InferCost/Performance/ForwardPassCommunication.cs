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

    /// <summary>Time of the pass's all-reduces: 2L ring all-reduces over the scale-up link (zero when TP = 1).</summary>
    public static Seconds Time(ScenarioContext c, double tokens)
    {
        if (c.CollectiveGroup <= 1)
        {
            return Seconds.Zero;
        }

        var link = c.Accelerator.Interconnect;
        return TensorParallelCommunication.AllReduceTime(Payload(c, tokens), c.CollectiveGroup, link.ScaleUpBandwidth * c.Accelerator.Efficiency.LinkFraction, link.AllReduceLatency)
            * AllReduces(c);
    }

    /// <summary>Time and bytes sent per GPU for a forward pass over <paramref name="tokens"/> tokens, recorded.</summary>
    public static (Seconds Time, Bytes Sent) Of(ScenarioContext c, double tokens, Derivation d)
    {
        var link = c.Accelerator.Interconnect;
        var allReduces = AllReduces(c);
        var payload = d.Step(
            "All-reduce payload",
            "S = tokens x d x 2 B",
            Payload(c, tokens),
            In("tokens", Quantity.TokenCount(tokens)),
            In("d", Quantity.Number(c.Profile.Architecture.HiddenSize)));
        var time = d.Step(
            "Tensor-parallel communication time",
            "t_comm = 2L x (alpha + 2(TP-1)/TP x S / (BW_link x f_link)), 0 when TP = 1",
            Time(c, tokens),
            In("2L", Quantity.Count(allReduces)),
            In("alpha", link.AllReduceLatency),
            In("TP", Quantity.Count(c.CollectiveGroup)),
            In("S", payload),
            In("BW_link", link.ScaleUpBandwidth),
            In("f_link", Quantity.Share(c.Accelerator.Efficiency.LinkFraction)));
        return (time, TensorParallelCommunication.BytesSentPerGpu(payload, c.CollectiveGroup) * allReduces);
    }

    private static double AllReduces(ScenarioContext c) => 2.0 * c.Profile.Architecture.LayerCount;
}

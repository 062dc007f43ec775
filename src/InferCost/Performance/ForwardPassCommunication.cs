using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>The two all-reduces per layer (after attention, after the FFN) of a tensor-parallel forward pass.</summary>
internal static class ForwardPassCommunication
{
    /// <summary>Time and bytes sent per GPU for a forward pass over <paramref name="tokens"/> tokens.</summary>
    public static (Seconds Time, Bytes Sent) Of(ScenarioContext c, double tokens, Derivation d)
    {
        var link = c.Accelerator.Interconnect;
        var allReduces = 2.0 * c.Profile.Architecture.LayerCount;
        var payload = d.Step(
            "All-reduce payload",
            "S = tokens x d x 2 B",
            new Bytes(tokens * c.Profile.Architecture.HiddenSize * ScenarioContext.ActivationBytesPerValue),
            In("tokens", Quantity.TokenCount(tokens)),
            In("d", Quantity.Number(c.Profile.Architecture.HiddenSize)));
        var linkFraction = c.Accelerator.Efficiency.LinkFraction;
        var time = d.Step(
            "Tensor-parallel communication time",
            "t_comm = 2L x (alpha + 2(TP-1)/TP x S / (BW_link x f_link)), 0 when TP = 1",
            TensorParallelCommunication.AllReduceTime(payload, c.Tp, link.ScaleUpBandwidth * linkFraction, link.AllReduceLatency) * allReduces,
            In("2L", Quantity.Count(allReduces)),
            In("alpha", link.AllReduceLatency),
            In("TP", Quantity.Count(c.Tp)),
            In("S", payload),
            In("BW_link", link.ScaleUpBandwidth),
            In("f_link", Quantity.Share(linkFraction)));
        return (time, TensorParallelCommunication.BytesSentPerGpu(payload, c.Tp) * allReduces);
    }
}

using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>Bytes each GPU sends over the scale-up links in a forward pass, for the link energy.</summary>
public static class LinkTraffic
{
    /// <summary>
    /// 2L all-reduces of <see cref="ForwardPassCommunication.Payload"/> each, every GPU sending 2(TP-1)/TP of the payload
    /// (<see cref="TensorParallelCommunication.BytesSentPerGpu"/>); zero when TP = 1.
    /// </summary>
    public static Bytes Sent(ScenarioContext c, double tokens) =>
        TensorParallelCommunication.BytesSentPerGpu(ForwardPassCommunication.Payload(c, tokens), c.CollectiveGroup)
        * (2.0 * c.Profile.Architecture.LayerCount);
}

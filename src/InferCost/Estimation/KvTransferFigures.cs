using InferCost.Deployment;
using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>One request's KV transfer from its prefill instance to its decode instance.</summary>
/// <param name="Link">The link used.</param>
/// <param name="WholeBytes">The request's whole KV cache at its input length.</param>
/// <param name="BytesPerGpu">The shard each GPU of the instance holds and sends.</param>
/// <param name="WireBytes">Bytes on the wire: every GPU's shard (more than the whole when KV heads are replicated over TP).</param>
/// <param name="LinkBandwidth">The link's line rate per GPU, per direction.</param>
/// <param name="Efficiency">Share of the line rate a transfer reaches.</param>
/// <param name="Latency">Fixed time per transfer.</param>
/// <param name="Time">t_kv: the shard over the effective link, plus the latency.</param>
/// <param name="EnergyPerByte">The link's energy per byte.</param>
/// <param name="EnergyPerRequest">Link energy per request.</param>
/// <param name="EnergyPerOutputToken">Link energy per output token.</param>
public sealed record KvTransferFigures(
    KvLinkKind Link,
    Bytes WholeBytes,
    Bytes BytesPerGpu,
    Bytes WireBytes,
    BytesPerSecond LinkBandwidth,
    double Efficiency,
    Seconds Latency,
    Seconds Time,
    JoulesPerByte EnergyPerByte,
    Joules EnergyPerRequest,
    JoulesPerToken EnergyPerOutputToken);

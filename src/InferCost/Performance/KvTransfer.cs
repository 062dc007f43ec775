using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// Moving a request's KV cache from its prefill instance to its decode instance. With tensor parallelism on both sides
/// each prefill GPU holds one shard and sends it to the matching decode GPU over its own link, all shards at once, so
/// the time is one GPU's shard over one GPU's link; the bytes on the wire are every shard's.
/// </summary>
public static class KvTransfer
{
    /// <summary>t_kv = bytes per GPU / (link bandwidth per GPU x efficiency) + latency per transfer.</summary>
    public static Seconds Time(Bytes bytesPerGpu, BytesPerSecond linkPerGpu, double efficiency, Seconds latency) =>
        (bytesPerGpu / (linkPerGpu * efficiency)) + latency;

    /// <summary>Bytes on the wire per request: every GPU of the instance sends its shard.</summary>
    public static Bytes WireBytes(Bytes bytesPerGpu, int gpusPerInstance) => bytesPerGpu * gpusPerInstance;

    /// <summary>Link energy per request: the bytes on the wire x the link's energy per byte.</summary>
    public static Joules Energy(Bytes wireBytes, JoulesPerByte perByte) => wireBytes * perByte;
}

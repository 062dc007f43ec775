using System.Runtime.CompilerServices;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>
/// From $/GPU-hour to $/1M tokens, composed once for the explained estimate and the sweep kernel: a replica's hour is
/// its GPUs' hours; output tokens are priced by decode time and input tokens by prefill time.
/// </summary>
public static class TokenCostModel
{
    /// <summary>Cost per replica-hour: C_replica = C x GPUs per replica.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DollarsPerHour ReplicaHour(DollarsPerHour gpuHour, int gpusPerReplica) => gpuHour * gpusPerReplica;

    /// <summary>$/1M tokens of a replica producing <paramref name="rate"/>: C_replica / rate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DollarsPerMillionTokens PerMillion(DollarsPerHour replicaHour, TokensPerSecond rate) => replicaHour / rate;

    /// <summary>One layer of the $/GPU-hour stack per 1M tokens: C_layer x GPUs per replica / rate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DollarsPerMillionTokens LayerPerMillion(DollarsPerHour layer, int gpusPerReplica, TokensPerSecond rate) =>
        layer * gpusPerReplica / rate;

    /// <summary>A replica's prefill rate, which prices input tokens: B x input / t_prefill(B).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TokensPerSecond PrefillRate(double batch, double inputTokens, Seconds prefillTime) =>
        TokensPerSecond.Of(batch * inputTokens, prefillTime);
}

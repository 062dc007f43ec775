using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// Disaggregated prefill and decode (xPyD) from one instance's physics: what each pool can serve, the rate the system
/// runs at, each pool's share of busy time and draw, and the KV each request moves. Pure functions, shared by the
/// explained estimate (<c>DisaggregatedEstimator</c>) and the sweep kernel.
/// </summary>
public static class DisaggregatedServing
{
    /// <summary>c_P = B / t_prefill(B): requests per second one prefill instance serves.</summary>
    public static double PrefillRequestRate(double batch, Seconds prefillTime) => batch / prefillTime.Value;

    /// <summary>c_D = B / ((output - 1) x t_step): requests per second one decode instance serves (the prefill makes each first token).</summary>
    public static double DecodeRequestRate(double batch, Seconds stepTime, int outputTokens) =>
        batch / ServingCycle.DecodeTime(stepTime, outputTokens - 1).Value;

    /// <summary>R = min(x c_P, y c_D): the slower pool bounds the system.</summary>
    public static double SystemRate(double prefillCapacity, double decodeCapacity) => Math.Min(prefillCapacity, decodeCapacity);

    /// <summary>Tokens per second at the system rate: R x tokens per request.</summary>
    public static TokensPerSecond TokenRate(double systemRate, double tokensPerRequest) => TokensPerSecond.Of(systemRate * tokensPerRequest, new Seconds(1));

    /// <summary>P_pool = u x P_busy + (1 - u) x P_idle: a pool's board power per GPU while the deployment is productive.</summary>
    public static Watts PoolPower(Watts busy, Watts idle, double utilisation) => (busy * utilisation) + (idle * (1 - utilisation));

    /// <summary>The KV each GPU of a request's attention group holds at the input length, and so sends: its shard.</summary>
    public static Bytes KvBytesPerGpu(ScenarioContext c, double inputTokens) => MemoryPlanner.KvPerRequest(c, inputTokens) * c.AttentionGroups;

    /// <summary>GPUs that send one request's KV: those of its attention group in every stage.</summary>
    public static int KvSenders(ScenarioContext c) => c.GpusPerReplica / c.AttentionGroups;

    /// <summary>t_kv for one request at the input length over the scenario's KV link (<see cref="KvTransfer.Time"/>).</summary>
    public static Seconds KvTime(ScenarioContext c, KvLinkPath link, double inputTokens) =>
        KvTransfer.Time(KvBytesPerGpu(c, inputTokens), link.Bandwidth, KvLinkDefaults.Efficiency, link.Latency);

    /// <summary>E_kv: the link energy outside the board of one request's KV on the wire.</summary>
    public static Joules KvEnergy(ScenarioContext c, KvLinkPath link, double inputTokens) =>
        KvTransfer.Energy(KvTransfer.WireBytes(KvBytesPerGpu(c, inputTokens), KvSenders(c)), link.EnergyPerByte);

    /// <summary>
    /// A prefill GPU's network power outside the board: its prefills' collectives while busy (u x E_prefill / t_prefill)
    /// plus its share of the KV the pool sends (R x E_kv / prefill GPUs).
    /// </summary>
    public static Watts PrefillNetworkPower(Joules prefillEnergy, Seconds prefillTime, double utilisation, Joules kvEnergy, double systemRate, int prefillGpus) =>
        (prefillEnergy / prefillTime * utilisation) + new Watts(kvEnergy.Value * systemRate / prefillGpus);

    /// <summary>A decode GPU's network power outside the board: its steps' collectives while busy (u x E_step / t_step).</summary>
    public static Watts DecodeNetworkPower(Joules stepEnergy, Seconds stepTime, double utilisation) => stepEnergy / stepTime * utilisation;

    /// <summary>A blended figure per GPU over both pools: (x_gpus a + y_gpus b) / (x_gpus + y_gpus).</summary>
    public static DollarsPerHour PerGpu(DollarsPerHour prefill, int prefillGpus, DollarsPerHour decode, int decodeGpus) =>
        ((prefill * prefillGpus) + (decode * decodeGpus)) / (prefillGpus + decodeGpus);
}

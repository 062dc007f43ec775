namespace InferCost.Serving;

/// <summary>The serving engine's scheduler, as the simulator runs it.</summary>
/// <param name="Batching">Continuous or static batching.</param>
/// <param name="MaxRunningRequests">The most requests in flight per replica (vLLM's max_num_seqs).</param>
/// <param name="MaxBatchedTokens">The token budget of one iteration (vLLM's max_num_batched_tokens): decode tokens plus prompt chunk tokens.</param>
/// <param name="Policy">Which work an iteration takes first.</param>
/// <param name="KvLayout">Paged blocks or contiguous reservation.</param>
/// <param name="BlockSize">Tokens per KV block (vLLM's default 16).</param>
/// <param name="Preemption">Recompute or swap when the blocks run out.</param>
public sealed record SchedulerSettings(
    BatchingMode Batching,
    int MaxRunningRequests,
    int MaxBatchedTokens,
    SchedulingPolicy Policy,
    KvCacheLayout KvLayout,
    int BlockSize,
    PreemptionMode Preemption)
{
    /// <summary>vLLM's default KV block: 16 tokens.</summary>
    public const int DefaultBlockSize = 16;

    /// <summary>
    /// Share of each prompt found in the prefix cache (0 to 0.99): those tokens' KV is not computed, only held. The cache
    /// is modelled by hit rate; each request holds its own copy of the prefix's blocks (no sharing is counted).
    /// </summary>
    public double PrefixHitRate { get; init; }

    /// <summary>The seed of the simulation's draws inside the server (which speculative drafts are accepted).</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Tokens per named prompt block when the workload names its requests' blocks by prefix (a Mooncake trace: 512):
    /// the server then keeps a prefix cache of those blocks (<see cref="PrefixCache"/>); 0 for none.
    /// </summary>
    public int PrefixBlockTokens { get; init; }

    /// <summary>The largest hit rate: a prompt's last token is always computed.</summary>
    public const double MaxPrefixHitRate = 0.99;
}

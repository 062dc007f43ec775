using InferCost.Serving;

namespace InferCost.Tests.Serving;

/// <summary>Schedulers the simulator tests share.</summary>
internal static class TestSchedulers
{
    /// <summary>vLLM V1's defaults: continuous batching, 256 in flight, 8,192 tokens a pass, decode first, paged 16-token blocks, recompute.</summary>
    public static readonly SchedulerSettings Continuous =
        new(BatchingMode.Continuous, 256, 8192, SchedulingPolicy.DecodeFirst, KvCacheLayout.Paged, SchedulerSettings.DefaultBlockSize, PreemptionMode.Recompute);
}

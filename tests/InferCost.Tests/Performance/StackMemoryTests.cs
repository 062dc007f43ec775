using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Performance;

/// <summary>Usable memory by the stack's KV-pool rule and reserve, and KV allocation for windowed layers.</summary>
public class StackMemoryTests
{
    private const double GiB = 1L << 30;

    [Fact]
    public void Usable_TotalFraction_IsFractionOfCapacityLessReserve()
    {
        // vLLM on H200: the driver reports 143,771 MiB = 150.755 GB; 0.9 x 150.755 GB - 2 GiB = 135.680 - 2.147 = 133.532 GB.
        var c = new ScenarioContext(TestScenarios.Of(gpu: "h200-sxm", stack: "vllm"));
        var m = 143_771 * 1_048_576.0;

        MemoryPlanner.Usable(c).Value.ShouldBe((0.9 * m) - (2 * GiB), tolerance: 1);
        (MemoryPlanner.Usable(c).Value / 1e9).ShouldBe(133.532, tolerance: 0.001);
    }

    [Fact]
    public void Usable_FreeAfterWeights_LeavesTheKvPoolAFractionOfWhatIsFree()
    {
        // TensorRT-LLM on H200, Llama-3.1-70B FP8 at TP 1: W = 72.655e9 B (N_total x 1 B, plus 1 B more for each of the
        // 2 x 128,256 x 8,192 = 2.101e9 BF16 embedding and LM head values), A = 8,192 x (4 x 8,192 + 2 x 28,672) x 2 B
        // = 1.476e9 B, free = 150.755e9 - 2.147e9 - 72.655e9 - 1.476e9 = 74.477e9 B; KV pool = 0.9 x free = 67.03e9 B.
        var c = new ScenarioContext(TestScenarios.Of(gpu: "h200-sxm", stack: "trtllm"));
        var m = 143_771 * 1_048_576.0;
        var w = MemoryPlanner.WeightsPerGpu(c).Value;
        var a = 8192 * ((4.0 * 8192) + (2.0 * 28672)) * 2;
        MemoryPlanner.Workspace(c).Value.ShouldBe(a, tolerance: 1);

        var pool = MemoryPlanner.Usable(c).Value - w - a;

        pool.ShouldBe(0.9 * (m - (2 * GiB) - w - a), tolerance: 1);
        (pool / 1e9).ShouldBe(67.03, tolerance: 0.05);
    }

    [Fact]
    public void Usable_FreeAfterWeights_WeightsOverflowTheMemory_IsWhatTheGpuHoldsNotMore()
    {
        // 100 GB of memory, 1 GB reserve, 400 GB of weights: nothing is free to pool, and the stack can fill 99 GB, not
        // 400 + 1 + 0.9 x (100 - 1 - 400 - 1) = 129.2 GB (the free part taken at its fraction while negative).
        var usable = MemoryPlanner.Usable(new Bytes(100e9), new Bytes(1e9), KvPoolRule.FreeAfterWeights, 0.9, new Bytes(400e9), new Bytes(1e9));

        usable.Value.ShouldBe(99e9);
    }

    [Fact]
    public void Usable_ReserveGrows_UsableShrinksByItUnderEitherRule()
    {
        foreach (var rule in new[] { KvPoolRule.TotalFraction, KvPoolRule.FreeAfterWeights })
        {
            var small = MemoryPlanner.Usable(new Bytes(100e9), new Bytes(1e9), rule, 0.9, new Bytes(40e9), new Bytes(1e9));
            var large = MemoryPlanner.Usable(new Bytes(100e9), new Bytes(3e9), rule, 0.9, new Bytes(40e9), new Bytes(1e9));

            // TotalFraction: usable falls by the whole 2 GB; FreeAfterWeights: the KV pool falls by 0.9 x 2 GB.
            (small - large).Value.ShouldBe(rule == KvPoolRule.TotalFraction ? 2e9 : 1.8e9, tolerance: 1);
        }
    }

    [Fact]
    public void KvPerRequest_WindowedLayers_HoldTheirWindowOrTheFullContextByTheStacksRule()
    {
        // gpt-oss-20b: 24 layers, 12 of them sliding-window (128 tokens). At 8,192 tokens a stack that allocates by window
        // keeps 12 x 8,192 + 12 x 128 = 99,840 positions; one that allocates every layer in full keeps 24 x 8,192 = 196,608.
        var s = TestScenarios.Of("gpt-oss-20b", weights: Precision.Fp8, kv: Precision.Fp8);
        s.Model.Profile.WindowedLayers.ShouldBe(12);
        s.Model.Profile.Architecture.LayerCount.ShouldBe(24);
        var byWindow = s with { Stack = s.Stack with { WindowedKv = WindowedKvAllocation.Window } };
        var full = s with { Stack = s.Stack with { WindowedKv = WindowedKvAllocation.FullContext } };

        MemoryPlanner.AllocatedPositions(s.Model.Profile, byWindow.Stack, 8192).ShouldBe(99_840);
        MemoryPlanner.AllocatedPositions(s.Model.Profile, full.Stack, 8192).ShouldBe(196_608);
        var ratio = MemoryPlanner.KvPerRequest(new ScenarioContext(full), 8192) / MemoryPlanner.KvPerRequest(new ScenarioContext(byWindow), 8192);
        ratio.ShouldBe(196_608.0 / 99_840, tolerance: 1e-12);

        // Sliding windows and attention chunks are set apart: the chunk rule leaves gpt-oss's sliding layers alone.
        MemoryPlanner.AllocatedPositions(s.Model.Profile, byWindow.Stack with { ChunkedKv = WindowedKvAllocation.FullContext }, 8192).ShouldBe(99_840);
    }

    [Fact]
    public void KvPerRequest_ChunkedLayers_FollowTheStacksChunkRuleNotItsSlidingWindowRule()
    {
        // Llama 4 Maverick: 48 layers, every fourth global, the other 36 chunked at 8,192 tokens. At 22,000 tokens a stack
        // that holds chunked layers to their chunk keeps 12 x 22,000 + 36 x 8,192 = 558,912 positions; every shipped stack
        // allocates them like full layers (TensorRT-LLM applies chunked attention to context requests only; vLLM turned
        // its hybrid allocator off for Llama 4; SGLang's is opt-in): 48 x 22,000 = 1,056,000.
        var s = TestScenarios.Of("llama-4-maverick", tp: 8, stack: "trtllm-pytorch");
        var p = s.Model.Profile;
        p.Architecture.Layers.Count(l => l.ChunkedAttention).ShouldBe(36);
        s.Stack.ChunkedKv.ShouldBe(WindowedKvAllocation.FullContext);
        s.Stack.WindowedKv.ShouldBe(WindowedKvAllocation.Window);

        MemoryPlanner.AllocatedPositions(p, s.Stack, 22_000).ShouldBe(1_056_000);
        MemoryPlanner.AllocatedPositions(p, s.Stack with { ChunkedKv = WindowedKvAllocation.Window }, 22_000).ShouldBe(558_912);

        // What a prompt's attention reads is the chunk either way.
        p.KeptPositions(22_000).ShouldBe(558_912);
    }

    [Fact]
    public void DecodeAttention_ChunkedLayers_ReadTheWholeContextOnAStackThatMasksPromptsOnly()
    {
        // TensorRT-LLM applies Llama 4's chunk mask to context requests only, so a decode token of a chunked layer
        // attends to every position the cache holds: 48 x 22,000 = 1,056,000 positions at 22,000 tokens. vLLM and SGLang
        // run chunked layers as local attention in decode too: 12 x 22,000 + 36 x 8,192 = 558,912.
        var trtllm = TestScenarios.Of("llama-4-maverick", tp: 8, stack: "trtllm-pytorch");
        var vllm = TestScenarios.Of("llama-4-maverick", tp: 8, stack: "vllm");
        trtllm.Stack.ChunkedDecode.ShouldBe(ChunkedDecodeAttention.FullContext);
        vllm.Stack.ChunkedDecode.ShouldBe(ChunkedDecodeAttention.Chunk);

        new ScenarioContext(trtllm).DecodeAttendedPositions(22_000).ShouldBe(1_056_000);
        new ScenarioContext(vllm).DecodeAttendedPositions(22_000).ShouldBe(558_912);

        // Below the chunk both read the whole context, and the step's KV bytes follow the attended positions.
        new ScenarioContext(trtllm).DecodeAttendedPositions(4_000).ShouldBe(48 * 4_000);
        new ScenarioContext(vllm).DecodeAttendedPositions(4_000).ShouldBe(48 * 4_000);
        var c = new ScenarioContext(trtllm);
        DecodeStepModel.Work(c, 10, 22_000).KvBytes.Value.ShouldBe(10 * 1_056_000 * c.KvBytesPerKeptPosition, tolerance: 1e-6);
    }

    [Fact]
    public void StackDefaults_FlowIntoTheScenario_AndAFaceMayOverrideThem()
    {
        var catalog = TestCatalog.Instance;
        var vllm = catalog.Stacks["vllm"];

        var s = TestScenarios.Of().OnStack(vllm);

        s.Stack.Id.ShouldBe("vllm");
        s.Serving.MaxRunningRequests.ShouldBe(1024);
        s.Serving.MaxBatchedTokens.ShouldBe(8192);
        vllm.DefaultKv(Precision.Fp8).ShouldBe(Precision.Bf16);
        ScenarioDefaults.For(catalog.Models["llama-3.1-8b"], TestScenarios.Of().Deployment, catalog.Defaults).Stack.Id.ShouldBe("trtllm");
        (s with { Serving = s.Serving with { MaxRunningRequests = 64 } }).Serving.MaxRunningRequests.ShouldBe(64);
    }
}

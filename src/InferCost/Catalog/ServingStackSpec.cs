using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>
/// A serving stack (TensorRT-LLM, vLLM, SGLang) as a catalog entity: its software costs per forward pass, per kernel and
/// per request, how it reserves and pools memory, and its defaults. Every figure carries a source (data/stacks/*.yaml).
/// </summary>
/// <param name="Id">Catalog id (trtllm, trtllm-pytorch, vllm, vllm-v0, sglang, sglang-0.4).</param>
/// <param name="Name">Display name.</param>
/// <param name="Version">The version (and backend) the figures describe.</param>
/// <param name="Factors">The software costs calibration fits per stack.</param>
/// <param name="Reserve">Memory the runtime holds outside weights, workspace and KV: CUDA context, NCCL and cuBLAS workspaces, sampling buffers, CUDA-graph pools.</param>
/// <param name="KvPool">How the KV pool is sized.</param>
/// <param name="WindowedKv">How KV is allocated for sliding-window layers.</param>
/// <param name="ChunkedKv">How KV is allocated for chunked-attention layers (Llama 4).</param>
/// <param name="ChunkedDecode">What a decode step of a chunked-attention layer attends to: its chunk, or the whole context.</param>
/// <param name="KvPrecision">The default KV-cache precision rule.</param>
/// <param name="LmHeadPrecision">The precision the stack runs the LM head (and embeddings) at by default.</param>
/// <param name="MaxBatchedTokens">Default tokens per forward pass (chunked-prefill budget).</param>
/// <param name="MaxRunningRequests">Default most requests in flight per replica.</param>
/// <param name="Sources">Source of each group of figures (overhead, memory, defaults).</param>
public sealed record ServingStackSpec(
    string Id,
    string Name,
    string Version,
    StackFactors Factors,
    Bytes Reserve,
    KvPoolRule KvPool,
    WindowedKvAllocation WindowedKv,
    WindowedKvAllocation ChunkedKv,
    ChunkedDecodeAttention ChunkedDecode,
    KvPrecisionRule KvPrecision,
    Precision LmHeadPrecision,
    int MaxBatchedTokens,
    int MaxRunningRequests,
    ImmutableSortedDictionary<string, SourceRef> Sources)
{
    /// <summary>The KV precision the stack uses when none is given, for <paramref name="weights"/>.</summary>
    public Precision DefaultKv(Precision weights) => KvPrecision switch
    {
        KvPrecisionRule.FollowWeights => weights is Precision.Fp8 or Precision.Fp4 ? Precision.Fp8 : weights,
        _ => weights is Precision.Fp16 or Precision.Bf16 ? weights : Precision.Bf16,
    };
}

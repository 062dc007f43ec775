using InferCost.Architecture;

namespace InferCost.Performance;

/// <summary>
/// Kernels a decode forward pass launches, counted from the layer's shape as vLLM's model code runs it
/// (vllm/model_executor/models/llama.py, deepseek_v2.py, mixtral.py with FusedMoE). Under CUDA graphs each kernel still
/// costs its start gap and tail (a few microseconds) however little work it does, so the software time of a pass grows
/// with this count: a DeepSeek-V3 layer (latent attention, a routed and a shared expert) launches more than twice the
/// kernels of a Llama layer. The per-kernel cost is the stack's fitted factor; the count is physics of the architecture.
/// </summary>
public static class PassKernels
{
    /// <summary>Kernels outside the decoder layers: embedding lookup, final RMSNorm, LM head GEMM, sampling.</summary>
    public const int OutsideLayers = 4;

    /// <summary>Kernels of one decoder layer; <paramref name="blockScaled"/>: the weight GEMMs are block-scaled FP8.</summary>
    public static int OfLayer(LayerShape layer, AttentionKind attention, bool tensorParallel, bool blockScaled = false)
    {
        // Attention block. GQA: RMSNorm (fused with the residual add), QKV GEMM, RoPE + KV-cache write, attention,
        // O GEMM = 5. MLA (absorbed, decode): RMSNorm, fused q_a/kv_a GEMM, q_a and kv_a RMSNorms, q_b GEMM, W_UK bmm,
        // RoPE + latent-cache write, attention, W_UV bmm, O GEMM = 10.
        var kernels = attention == AttentionKind.MultiHeadLatent ? 10 : 5;

        // FFN block. Dense: RMSNorm, gate-up GEMM, activation, down GEMM = 4. MoE: RMSNorm, router GEMM, top-k,
        // token alignment/permute, grouped gate-up GEMM, activation, grouped down GEMM, unpermute and combine = 8, plus
        // the shared experts' gate-up GEMM, activation and down GEMM = 3 when the layer has them.
        var ffn = layer.FeedForward;
        kernels += ffn.IsMixtureOfExperts ? 8 + (ffn.SharedExperts > 0 ? 3 : 0) : 4;

        // A block-scaled FP8 GEMM quantises its input per 128-value group in a kernel of its own first
        // (per_token_group_quant_fp8 in vLLM and SGLang, DeepGEMM's and TensorRT-LLM's 1x128 quantise): one per weight
        // GEMM. MLA: the fused q_a/kv_a, q_b and O projections (the absorbed W_UK/W_UV bmms run in BF16); dense FFN:
        // gate-up and down; MoE: the grouped gate-up and down, and the shared experts' two.
        if (blockScaled)
        {
            kernels += (attention == AttentionKind.MultiHeadLatent ? 3 : 2) + 2 + (ffn.IsMixtureOfExperts && ffn.SharedExperts > 0 ? 2 : 0);
        }

        // Tensor parallelism adds the two all-reduces (after attention, after the FFN).
        return kernels + (tensorParallel ? 2 : 0);
    }

    /// <summary>Kernels of one forward pass: every decoder layer's plus <see cref="OutsideLayers"/> (<paramref name="blockScaled"/> as for <see cref="OfLayer"/>).</summary>
    public static int OfPass(ModelArchitecture arch, bool tensorParallel, bool blockScaled = false)
    {
        var kernels = OutsideLayers;
        foreach (var layer in arch.Layers)
        {
            kernels += OfLayer(layer, arch.Attention.Kind, tensorParallel, blockScaled);
        }

        return kernels;
    }
}

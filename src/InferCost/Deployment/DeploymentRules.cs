using System.Globalization;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Results;

namespace InferCost.Deployment;

/// <summary>
/// Which layouts and precisions a deployment can actually run. The rules are those of the serving stacks the model
/// stands for (vLLM, SGLang, TensorRT-LLM), so that the engine never prices a configuration no stack would start.
/// </summary>
public static class DeploymentRules
{
    /// <summary>
    /// The layout of <paramref name="gpus"/> GPUs in tensor-parallel groups of <paramref name="tensorParallel"/>: the GPUs
    /// must be a whole number of groups, because each replica is one tensor-parallel group.
    /// </summary>
    public static Result<ParallelLayout> LayoutOf(int gpus, int tensorParallel, string source = "scenario")
    {
        var errors = new List<InputError>();
        if (gpus < 1)
        {
            errors.Add(new InputError(source, "gpus", $"must be a whole number >= 1, found {gpus}.", ErrorCodes.OutOfRange));
        }

        if (tensorParallel < 1)
        {
            errors.Add(new InputError(source, "tp", $"must be a whole number >= 1, found {tensorParallel}.", ErrorCodes.OutOfRange));
        }

        if (errors.Count == 0 && gpus % tensorParallel != 0)
        {
            errors.Add(new InputError(
                source, "gpus", $"must be a multiple of tp ({tensorParallel}): each replica is one tensor-parallel group; found {gpus}.", ErrorCodes.GpusNotMultipleOfTp));
        }

        return errors.Count == 0 ? Result.Ok(new ParallelLayout(tensorParallel, gpus / tensorParallel)) : Result.Fail<ParallelLayout>(errors);
    }

    /// <summary>Every reason <paramref name="model"/> cannot run on <paramref name="deployment"/> with its KV cache at <paramref name="kv"/> (empty when it can).</summary>
    public static IReadOnlyList<InputError> Check(AcceleratorDeployment deployment, ModelEntry model, Precision kv, string source = "scenario")
    {
        // Allocated only on a problem: the check runs on every estimate, and almost every scenario passes.
        List<InputError>? errors = null;
        var attention = model.Profile.Architecture.Attention;
        var tp = deployment.Layout.AttentionHeadShards;
        if (!SplitsHeads(attention, tp))
        {
            (errors ??= []).Add(new InputError(source, "tp", HeadsReason(deployment, model, attention, tp), ErrorCodes.TpDoesNotDivideHeads));
        }

        if (!SupportsKv(deployment.Accelerator, kv))
        {
            (errors ??= []).Add(new InputError(
                source,
                "kv",
                $"{PrecisionFacts.Name(kv)} is not supported for the KV cache on {deployment.Accelerator.Id}: an FP4 KV cache needs FP4 tensor cores "
                    + "(attention reads it without converting it first), which it does not have; use fp8, bf16 or fp16.",
                ErrorCodes.UnsupportedKvPrecision));
        }

        return errors ?? [];
    }

    /// <summary>
    /// Whether <paramref name="tp"/> GPUs can split the attention heads evenly: the query heads must divide by TP, and
    /// with grouped-query attention the KV heads must divide by TP or TP by the KV heads (each KV head then replicated on
    /// TP / KV-heads GPUs). Multi-head latent attention caches one latent shared by all heads, so only the query heads count.
    /// </summary>
    public static bool SplitsHeads(AttentionShape attention, int tp) =>
        attention.NumHeads % tp == 0
        && (attention.Kind == AttentionKind.MultiHeadLatent || attention.NumKvHeads % tp == 0 || tp % attention.NumKvHeads == 0);

    /// <summary>
    /// Whether the accelerator can hold a KV cache at <paramref name="kv"/>. FP4 KV needs FP4 tensor cores: attention
    /// reads the cache at every step, and without native FP4 the kernels would dequantize it first, which no shipping
    /// serving stack offers on Hopper, Ampere, CDNA3, Gaudi or TPU; every other precision is stored by every stack.
    /// </summary>
    public static bool SupportsKv(Accelerator accelerator, Precision kv) =>
        kv != Precision.Fp4 || accelerator.DenseCompute.ContainsKey(Precision.Fp4);

    private static string HeadsReason(AcceleratorDeployment deployment, ModelEntry model, AttentionShape attention, int tp)
    {
        var heads = attention.Kind == AttentionKind.MultiHeadLatent
            ? $"{attention.NumHeads} attention heads (MLA: only the query heads are split)"
            : $"{attention.NumHeads} query heads and {attention.NumKvHeads} KV heads";
        var rule = attention.Kind == AttentionKind.MultiHeadLatent
            ? "tp must divide the query heads"
            : "tp must divide the query heads, and divide or be a multiple of the KV heads";
        var allowed = Enumerable.Range(1, deployment.Accelerator.Interconnect.ScaleUpDomain)
            .Where(t => SplitsHeads(attention, t))
            .Select(t => t.ToString(CultureInfo.InvariantCulture));
        return $"is {tp}, but {model.Id} has {heads}: {rule}; allowed on {deployment.Accelerator.Id}: {string.Join(", ", allowed)}.";
    }
}

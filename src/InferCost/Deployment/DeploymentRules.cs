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
    public static Result<ParallelLayout> LayoutOf(int gpus, int tensorParallel, string source = "scenario") =>
        LayoutOf(gpus, tensorParallel, 1, 1, null, null, source);

    /// <summary>
    /// The layout the given degrees describe, each defaulting from the others: tp to 1 with expert parallelism, else to the
    /// GPUs over pp x attention groups x dp (one replica over the GPUs given); the attention groups to ep / tp when ep is
    /// a multiple of tp above it, else 1; dp to the GPUs over the GPUs per replica; the GPUs to a replica x dp. The GPUs
    /// must be a whole number of replicas, and ep must divide the GPUs of a stage (tp x attention groups).
    /// </summary>
    public static Result<ParallelLayout> LayoutOf(int? gpus, int? tensorParallel, int pipelineParallel, int expertParallel, int? attentionGroups, int? replicas, string source = "scenario")
    {
        var errors = new List<InputError>();
        void AtLeastOne(int? value, string field)
        {
            if (value is < 1)
            {
                errors.Add(new InputError(source, field, $"must be a whole number >= 1, found {value}.", ErrorCodes.OutOfRange));
            }
        }

        AtLeastOne(gpus, "gpus");
        AtLeastOne(tensorParallel, "tp");
        AtLeastOne(pipelineParallel, "pp");
        AtLeastOne(expertParallel, "ep");
        AtLeastOne(attentionGroups, "attention-dp");
        AtLeastOne(replicas, "dp");
        if (errors.Count > 0)
        {
            return Result.Fail<ParallelLayout>(errors);
        }

        var pp = pipelineParallel;
        var ep = expertParallel;
        var dp = replicas;
        int tp;
        if (tensorParallel is { } given)
        {
            tp = given;
        }
        else if (ep > 1 || gpus is null)
        {
            tp = 1;
        }
        else if (gpus.Value % (pp * (attentionGroups ?? 1) * (dp ?? 1)) == 0)
        {
            tp = gpus.Value / (pp * (attentionGroups ?? 1) * (dp ?? 1));
        }
        else
        {
            return Fail(source, "gpus", $"must be a multiple of pp x attention-dp x dp ({pp} x {attentionGroups ?? 1} x {dp ?? 1}); found {gpus}.", ErrorCodes.GpusNotMultipleOfTp);
        }

        var groups = attentionGroups ?? ParallelLayout.DerivedAttentionGroups(tp, ep);
        var stage = tp * groups;
        if (stage % ep != 0)
        {
            return Fail(source, "ep", $"is {ep}, but a stage has tp x attention-dp = {tp} x {groups} = {stage} GPUs: ep must divide them (the experts are spread over ep of the stage's GPUs, each split stage / ep ways); "
                + $"allowed: {string.Join(", ", Enumerable.Range(1, stage).Where(e => stage % e == 0).Select(e => e.ToString(CultureInfo.InvariantCulture)))}, or an ep that is a multiple of tp with attention-dp unset.", ErrorCodes.EpDoesNotDivideExperts);
        }

        var perReplica = stage * pp;
        var shape = $"{perReplica} GPUs per replica (tp {tp} x attention-dp {groups} x pp {pp})";
        if (dp is { } d && gpus is { } g && g != perReplica * d)
        {
            return Fail(source, "gpus", $"is {g}, but dp {d} replicas of {shape} need {perReplica * d}: give one of gpus and dp, or make them agree.", ErrorCodes.GpusNotMultipleOfTp);
        }

        if (gpus is { } total && total % perReplica != 0)
        {
            var rule = perReplica == tp ? $"must be a multiple of tp ({tp}): each replica is one tensor-parallel group" : $"must be a whole number of replicas of {shape}";
            return Fail(source, "gpus", $"{rule}; found {total}.", ErrorCodes.GpusNotMultipleOfTp);
        }

        return Result.Ok(new ParallelLayout(tp, dp ?? (gpus ?? perReplica) / perReplica, pp, ep, groups));
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

        errors = CheckStagesAndExperts(deployment.Layout, model, source, errors);
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

    // Pipeline stages against the layers, expert parallelism against the routed experts, and the expert settings that
    // only mean something with expert parallelism.
    private static List<InputError>? CheckStagesAndExperts(ParallelLayout layout, ModelEntry model, string source, List<InputError>? errors)
    {
        var arch = model.Profile.Architecture;
        if (layout.PipelineParallel > arch.LayerCount)
        {
            (errors ??= []).Add(new InputError(source, "pp", $"is {layout.PipelineParallel}, but {model.Id} has {arch.LayerCount} layers: each stage needs at least one; allowed 1 to {arch.LayerCount} (stages need not divide the layers evenly: the slowest stage, ceil(layers / pp), paces the pipeline).", ErrorCodes.PpExceedsLayers));
        }

        var moe = arch.Layers.FirstOrDefault(l => l.FeedForward.IsMixtureOfExperts)?.FeedForward;
        var ep = layout.ExpertParallel;
        if (layout.StageGpus % ep != 0)
        {
            (errors ??= []).Add(new InputError(source, "ep", $"is {ep}, but a stage has tp x attention-dp = {layout.TensorParallel} x {layout.AttentionGroups} = {layout.StageGpus} GPUs: ep must divide them.", ErrorCodes.EpDoesNotDivideExperts));
        }

        if (moe is null && ep > 1)
        {
            (errors ??= []).Add(new InputError(source, "ep", $"is {ep}, but {model.Id} is a dense model with no routed experts to spread: ep must be 1 (use tp, pp or dp).", ErrorCodes.EpDoesNotDivideExperts));
        }
        else if (moe is not null && (moe.RoutedExperts + layout.RedundantExperts) % ep != 0)
        {
            var slots = moe.RoutedExperts + layout.RedundantExperts;
            var allowed = Enumerable.Range(1, Math.Min(slots, 1024)).Where(e => slots % e == 0).Select(e => e.ToString(CultureInfo.InvariantCulture));
            var held = layout.RedundantExperts > 0 ? $"{moe.RoutedExperts} routed + {layout.RedundantExperts} redundant = {slots} experts" : $"{slots} routed experts";
            (errors ??= []).Add(new InputError(source, "ep", $"is {ep}, but {model.Id} has {held} per MoE layer: ep must divide them so every GPU holds as many; allowed: {string.Join(", ", allowed)}.", ErrorCodes.EpDoesNotDivideExperts));
        }

        if (ep == 1 && layout.ExpertSkew != 1.0)
        {
            (errors ??= []).Add(new InputError(source, "expert-skew", $"is {layout.ExpertSkew.ToString(CultureInfo.InvariantCulture)}, but ep is 1: without expert parallelism every GPU holds a slice of every expert, so routing cannot load one GPU more than another; set ep > 1 or leave expert-skew at 1.", ErrorCodes.ExpertSettingWithoutEp));
        }

        if (ep == 1 && layout.RedundantExperts > 0)
        {
            (errors ??= []).Add(new InputError(source, "redundant-experts", $"is {layout.RedundantExperts}, but ep is 1: redundant expert copies balance load across expert-parallel GPUs; set ep > 1 or leave redundant-experts at 0.", ErrorCodes.ExpertSettingWithoutEp));
        }

        return errors;
    }

    private static Result<ParallelLayout> Fail(string source, string field, string reason, string code) =>
        Result.Fail<ParallelLayout>([new InputError(source, field, reason, code)]);

    private static string HeadsReason(AcceleratorDeployment deployment, ModelEntry model, AttentionShape attention, int tp)
    {
        var heads = attention.Kind == AttentionKind.MultiHeadLatent
            ? $"{attention.NumHeads} attention heads (MLA: only the query heads are split)"
            : $"{attention.NumHeads} query heads and {attention.NumKvHeads} KV heads";
        var rule = attention.Kind == AttentionKind.MultiHeadLatent
            ? "tp must divide the query heads"
            : "tp must divide the query heads, and divide or be a multiple of the KV heads";
        var allowed = Enumerable.Range(1, attention.NumHeads)
            .Where(t => SplitsHeads(attention, t))
            .Select(t => t.ToString(CultureInfo.InvariantCulture));
        return $"is {tp}, but {model.Id} has {heads}: {rule}; allowed: {string.Join(", ", allowed)} (beyond {deployment.Accelerator.Id}'s {deployment.Accelerator.Interconnect.ScaleUpDomain}-GPU scale-up domain the all-reduces cross the scale-out network).";
    }
}

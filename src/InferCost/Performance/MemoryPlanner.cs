using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Units;
using InferCost.Results;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>Fits weights, activation workspace and every request's full-context KV cache into usable memory.</summary>
public static class MemoryPlanner
{
    /// <summary>
    /// Memory the serving stack can fill per GPU with weights, workspace and KV, by its KV-pool rule:
    /// <see cref="KvPoolRule.TotalFraction"/> M_usable = f x M - R (vLLM, SGLang: a fraction of total memory holds all
    /// of it, the runtime's reserve included); <see cref="KvPoolRule.FreeAfterWeights"/> M_usable = W + A + f x (M - R - W - A)
    /// (TensorRT-LLM: the KV pool is a fraction of what is free after the reserve, weights and workspace).
    /// </summary>
    /// <remarks>
    /// When the weights and workspace alone overflow the memory, TensorRT-LLM has no free memory to pool; the stack can
    /// then fill only what the GPU holds, M - R (the free part taken at its fraction would be negative, and
    /// "usable" larger than the memory).
    /// </remarks>
    public static Bytes Usable(Bytes capacity, Bytes reserve, KvPoolRule rule, double fraction, Bytes weights, Bytes workspace) => rule switch
    {
        KvPoolRule.TotalFraction => (capacity * fraction) - reserve,
        _ when capacity - reserve - weights - workspace < Bytes.Zero => capacity - reserve,
        _ => weights + workspace + ((capacity - reserve - weights - workspace) * fraction),
    };

    /// <summary>Memory the scenario's stack can fill per GPU (<see cref="Usable(Bytes, Bytes, KvPoolRule, double, Bytes, Bytes)"/>).</summary>
    public static Bytes Usable(ScenarioContext c)
    {
        var stack = c.Scenario.Stack;
        return Usable(c.Accelerator.Memory.Capacity, stack.Reserve, stack.KvPool, stack.Factors.KvPoolFraction, WeightsPerGpu(c), Workspace(c));
    }

    /// <summary>Weight bytes each GPU of the TP group holds: the embedding and LM head at their precision, the rest at the weights'.</summary>
    public static Bytes WeightsPerGpu(ScenarioContext c) => c.Drafting is { } s ? ModelWeightsPerGpu(c) + DrafterWeightsPerGpu(s) : ModelWeightsPerGpu(c);

    /// <summary>
    /// The speculative drafter's weights per GPU on the same layout: a draft model's own, or the MTP module's layer alone
    /// (it shares the model's embedding and LM head).
    /// </summary>
    public static Bytes DrafterWeightsPerGpu(DraftingContext s)
    {
        var dc = s.Drafter;
        var n = dc.Profile.Parameters;
        var shared = s.Speculation.IsMtp ? new Bytes((n.Embedding + n.LmHead) * dc.HeadBytesPerValue / dc.WeightShards) : Bytes.Zero;
        return ModelWeightsPerGpu(dc) - shared;
    }

    /// <summary>The model's own weights per GPU (the heaviest stage's), without a drafter.</summary>
    public static Bytes ModelWeightsPerGpu(ScenarioContext c)
    {
        var n = c.Profile.Parameters;

        // Without pipelining the embedding and LM head are both held; a pipeline's first stage holds the embedding and
        // its last the LM head (tied or not), so the heaviest stage holds one V x d matrix beside its layers.
        var boundary = c.PipelineStages == 1 ? n.Embedding + n.LmHead : c.Profile.HeadParameters;
        var dense = (n.Total - n.Embedding - n.LmHead - n.RoutedExperts) * c.WeightBytesPerValue * c.LayerShare / c.WeightShards;
        var experts = n.RoutedExperts * c.ExpertCopiesPerExpert * c.WeightBytesPerValue * c.LayerShare / c.ExpertShards;
        return new(dense + experts + (boundary * c.HeadBytesPerValue / c.WeightShards));
    }

    /// <summary>Requests the replica's schedulers admit at most: the stack's cap per scheduler x attention groups (each group schedules its own).</summary>
    public static int RequestCap(ScenarioContext c) => c.Scenario.Serving.MaxRunningRequests * c.AttentionGroups;

    /// <summary>
    /// Context positions, summed over layers, that the stack allocates KV for at <paramref name="context"/> tokens: a
    /// windowed layer holds at most its window when the stack allocates that kind of layer by window (sliding windows
    /// and attention chunks are set apart, <see cref="ServingStackSpec.WindowedKv"/> and <see cref="ServingStackSpec.ChunkedKv"/>),
    /// the full context when it allocates it like a full layer. What attention reads each step is the window either way.
    /// </summary>
    public static double AllocatedPositions(ModelProfile profile, ServingStackSpec stack, double context) =>
        profile.AllocatedPositions(context, stack.WindowedKv == WindowedKvAllocation.Window, stack.ChunkedKv == WindowedKvAllocation.Window);

    /// <summary>One request's whole KV cache at <paramref name="context"/> tokens, before sharding over TP, as the stack allocates it.</summary>
    public static Bytes KvPerRequestWhole(ScenarioContext c, double context) =>
        new(c.Profile.CachedValuesPerTokenPerLayer * AllocatedPositions(c.Profile, c.Scenario.Stack, context) * c.KvBytesPerValue);

    /// <summary>
    /// One request's KV cache per GPU at <paramref name="context"/> tokens, as the stack allocates it: its stage's share of
    /// the layers, its TP shard, and over attention groups the mean share (a request lives in one group of the stage).
    /// </summary>
    public static Bytes KvPerRequest(ScenarioContext c, double context) =>
        c.Drafting is { } s ? ModelKvPerRequest(c, context) + ModelKvPerRequest(s.Drafter, context) : ModelKvPerRequest(c, context);

    /// <summary>The model's own KV per request per GPU at <paramref name="context"/> tokens, without a drafter's.</summary>
    public static Bytes ModelKvPerRequest(ScenarioContext c, double context) =>
        new(AllocatedPositions(c.Profile, c.Scenario.Stack, context) * c.KvBytesPerKeptPosition / c.AttentionGroups);

    /// <summary>Activation workspace per GPU: a full chunk of T_max tokens through the widest layer.</summary>
    public static Bytes Workspace(ScenarioContext c) =>
        new(c.Scenario.Serving.MaxBatchedTokens * ((4.0 * c.Profile.Architecture.HiddenSize) + (2.0 * c.Profile.WidestFeedForward / c.WeightShards)) * ScenarioContext.ActivationBytesPerValue);

    /// <summary>The largest batch whose KV fits beside the weights and workspace, at most the scheduler's cap (0 when none fits).</summary>
    public static int MaxBatch(Bytes usable, Bytes weights, Bytes workspace, Bytes kvPerRequest, int cap)
    {
        var free = usable - weights - workspace;
        return free.Value <= 0 ? 0 : (int)Math.Min(cap, Math.Floor(free / kvPerRequest));
    }

    /// <summary>
    /// Plans memory per GPU; fails (see <see cref="Feasibility"/> and <see cref="Infeasibility"/>) with the largest batch
    /// that fits when the requested one does not.
    /// </summary>
    public static Result<MemoryPlan> Plan(ScenarioContext c, Derivation d)
    {
        d.Section = "Memory";
        var s = c.Scenario;
        var a = c.Accelerator;
        var p = c.Profile;
        var arch = p.Architecture;
        var capacity = d.Step("Memory capacity per GPU", "M = memory the driver reports (datasheet GB are often GiB)", a.Memory.Capacity, In("datasheet", a.Memory.DatasheetCapacity));
        var stack = s.Stack;
        var usable = d.Step(
            "Usable memory per GPU",
            stack.KvPool == KvPoolRule.TotalFraction ? "M_usable = f x M - R (KV pool: a fraction of total memory)" : "M_usable = W_gpu + A + f x (M - R - W_gpu - A) (KV pool: a fraction of free memory)",
            Usable(c),
            In("M", capacity),
            In("R (runtime reserve, " + stack.Id + ")", stack.Reserve),
            In("f (KV-pool fraction, " + stack.Id + ")", Quantity.Share(stack.Factors.KvPoolFraction)),
            In("W_gpu", WeightsPerGpu(c)),
            In("A", Workspace(c)));
        var weights = c.IsPlainTensorParallel
            ? d.Step(
                "Weights per GPU",
                "W_gpu = ((N_total - N_embedding - N_lm_head) x bytes_w + (N_embedding + N_lm_head) x bytes_head) / TP",
                ModelWeightsPerGpu(c),
                In("N_total", Quantity.ParameterCount(p.Parameters.Total)),
                In("N_embedding + N_lm_head", Quantity.ParameterCount(p.Parameters.Embedding + p.Parameters.LmHead)),
                In("bytes_w", new Quantity(c.WeightBytesPerValue, Unit.Bytes)),
                In("bytes_head", new Quantity(c.HeadBytesPerValue, Unit.Bytes)),
                In("TP", Quantity.Count(c.WeightShards)))
            : d.Step(
                "Weights per GPU (heaviest stage)",
                "W_gpu = (N_dense x bytes_w x s_layers + N_boundary x bytes_head) / TP + N_routed x copies x bytes_w x s_layers / G_stage "
                    + "(N_dense: all but the embedding, LM head and routed experts; N_boundary: embedding + LM head, or one V x d matrix with PP > 1)",
                ModelWeightsPerGpu(c),
                In("N_dense", Quantity.ParameterCount(p.Parameters.Total - p.Parameters.Embedding - p.Parameters.LmHead - p.Parameters.RoutedExperts)),
                In("N_routed", Quantity.ParameterCount(p.Parameters.RoutedExperts)),
                In("N_boundary", Quantity.ParameterCount(c.PipelineStages == 1 ? p.Parameters.Embedding + p.Parameters.LmHead : p.HeadParameters)),
                In("copies (E + redundant) / E", Quantity.Number(c.ExpertCopiesPerExpert)),
                In("s_layers = ceil(L / PP) / L", Quantity.Share(c.LayerShare)),
                In("bytes_w", new Quantity(c.WeightBytesPerValue, Unit.Bytes)),
                In("bytes_head", new Quantity(c.HeadBytesPerValue, Unit.Bytes)),
                In("TP", Quantity.Count(c.WeightShards)),
                In("G_stage = TP x attention groups", Quantity.Count(c.ExpertShards)));
        if (c.Drafting is { } drafting)
        {
            var own = drafting.Speculation.IsMtp ? "the MTP module's layer (it shares the embedding and LM head)" : "the draft model " + drafting.Speculation.Drafter.Id + ", all of it";
            weights = d.Step("Weights per GPU with the drafter", $"W_gpu = W_model + W_drafter ({own}, at bytes_w / TP)", WeightsPerGpu(c),
                In("W_model", weights), In("W_drafter", DrafterWeightsPerGpu(drafting)));
        }

        double context = s.InputTokens + s.OutputTokens;
        DerivationInput[] kvInputs =
        [
            In("values/token/layer", Quantity.Number(p.CachedValuesPerTokenPerLayer)),
            In("context", Quantity.TokenCount(context)),
            In("allocated positions (all layers)", Quantity.TokenCount(AllocatedPositions(p, stack, context))),
            In("bytes_kv", new Quantity(c.KvBytesPerValue, Unit.Bytes)),
            In("shard", Quantity.Share(c.KvShardFraction)),
        ];
        var kvPerRequest = d.Step(
            "KV cache per request at full context, per GPU",
            c.IsPlainTensorParallel
                ? "KV_req = values/token/layer x allocated positions x bytes_kv x shard (a windowed layer min(context, window) where the stack holds it to its window, else the context)"
                : "KV_req = values/token/layer x allocated positions x bytes_kv x shard x s_layers / attention groups (the stage's layers; a request lives in one attention group)",
            ModelKvPerRequest(c, context),
            c.IsPlainTensorParallel
                ? kvInputs
                : [.. kvInputs, In("s_layers", Quantity.Share(c.LayerShare)), In("attention groups", Quantity.Count(c.AttentionGroups))]);
        if (c.Drafting is { } draftKv)
        {
            kvPerRequest = d.Step("KV cache per request with the drafter's, per GPU", "KV_req = KV_model + KV_drafter (the drafter's layers at the same context)", KvPerRequest(c, context),
                In("KV_model", kvPerRequest), In("KV_drafter", ModelKvPerRequest(draftKv.Drafter, context)));
        }
        var workspace = d.Step(
            "Activation workspace per GPU",
            "A = T_max x (4d + 2 x I_ffn / TP) x 2 B",
            Workspace(c),
            In("T_max", Quantity.TokenCount(s.Serving.MaxBatchedTokens)),
            In("d", Quantity.Number(arch.HiddenSize)),
            In("I_ffn", Quantity.Number(p.WidestFeedForward)),
            In("TP", Quantity.Count(c.WeightShards)));
        var cap = RequestCap(c);
        var fit = Feasibility.Of(usable, weights, workspace, kvPerRequest, cap, s.Batch, (long)s.InputTokens + s.OutputTokens, arch.MaxContext, KvOffload.Capacity(s));
        var capRule = c.AttentionGroups == 1 ? "B_cap" : "B_cap x attention groups";
        var spills = fit.Offload.Value > 0;
        DerivationInput[] fitInputs = spills
            ? [In("M_usable", usable), In("M_tier", fit.Offload), In("W_gpu", weights), In("A", workspace), In("KV_req", kvPerRequest), In("B_cap", Quantity.Count(cap))]
            : [In("M_usable", usable), In("W_gpu", weights), In("A", workspace), In("KV_req", kvPerRequest), In("B_cap", Quantity.Count(cap))];
        d.Step(
            "Largest batch that fits",
            spills
                ? $"B_max = min(floor((M_usable + M_tier - W_gpu - A) / KV_req), {capRule}) (KV beyond HBM in the offload tier)"
                : $"B_max = min(floor((M_usable - W_gpu - A) / KV_req), {capRule})",
            Quantity.Count(fit.MaxBatch),
            fitInputs);

        if (!fit.IsFeasible)
        {
            return Result.Fail<MemoryPlan>(Infeasibility.Error(fit, cap, arch.MaxContext, (long)s.InputTokens + s.OutputTokens));
        }

        var required = d.Step(
            "Memory required per GPU",
            "M_req = W_gpu + A + B x KV_req",
            fit.Required,
            In("W_gpu", weights),
            In("A", workspace),
            In("B", Quantity.Count(fit.Batch)),
            In("KV_req", kvPerRequest));
        return Result.Ok(new MemoryPlan(capacity, usable, weights, kvPerRequest, workspace, fit.MaxBatch, fit.Batch, required));
    }
}

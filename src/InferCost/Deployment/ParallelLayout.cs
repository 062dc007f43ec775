namespace InferCost.Deployment;

/// <summary>
/// How a model is spread over GPUs: tensor parallelism (TP) splits each layer's attention heads and dense columns;
/// attention data parallelism runs several TP groups side by side in a stage, each with its own requests and KV cache,
/// all feeding one shared set of MoE experts (the DeepSeek layout: TensorRT-LLM's "attention DP", SGLang's "DP
/// attention"); expert parallelism (EP) spreads each MoE layer's routed experts over EP of the stage's GPUs (each expert
/// split stage GPUs / EP ways), with an all-to-all dispatch and combine per MoE layer; pipeline parallelism (PP) gives
/// each stage a contiguous share of the layers; data parallelism copies the whole replica.
/// </summary>
/// <remarks>
/// The physics never reads the degrees directly: it asks the questions below ("ways the dense weights are sharded",
/// "GPUs in the all-to-all", "attention groups in a stage"), so that a layout is one place.
/// </remarks>
public sealed record ParallelLayout
{
    /// <summary>A layout of <paramref name="replicas"/> copies of one replica of TP x attention DP x PP GPUs.</summary>
    /// <param name="tensorParallel">GPUs in one tensor-parallel (attention) group, at least 1.</param>
    /// <param name="replicas">Data-parallel replicas, at least 1.</param>
    /// <param name="pipelineParallel">Pipeline stages per replica, at least 1.</param>
    /// <param name="expertParallel">GPUs of a stage the routed experts are spread over, at least 1; a valid layout has it divide the stage's GPUs.</param>
    /// <param name="attentionDataParallel">
    /// Attention groups per stage; 0 derives it: EP / TP when EP is a multiple of TP above it (the stage is then EP GPUs),
    /// else 1.
    /// </param>
    public ParallelLayout(int tensorParallel, int replicas = 1, int pipelineParallel = 1, int expertParallel = 1, int attentionDataParallel = 0)
    {
        // The resolver and DeploymentRules.LayoutOf turn bad counts into field errors first; reaching here with one is a bug.
        ArgumentOutOfRangeException.ThrowIfLessThan(tensorParallel, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pipelineParallel, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(expertParallel, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(attentionDataParallel, 0);
        // An EP that does not divide the stage's GPUs is a layout no stack starts: DeploymentRules.Check reports it.
        var groups = attentionDataParallel > 0 ? attentionDataParallel : DerivedAttentionGroups(tensorParallel, expertParallel);

        TensorParallel = tensorParallel;
        Replicas = replicas;
        PipelineParallel = pipelineParallel;
        ExpertParallel = expertParallel;
        AttentionGroups = groups;
    }

    /// <summary>GPUs in one tensor-parallel group (the attention heads and dense FFN columns are split over them).</summary>
    public int TensorParallel { get; }

    /// <summary>Independent copies of the model serving requests side by side (data parallelism).</summary>
    public int Replicas { get; }

    /// <summary>Pipeline stages per replica, each holding a contiguous share of the layers.</summary>
    public int PipelineParallel { get; }

    /// <summary>GPUs of a stage each MoE layer's routed experts are spread over (1 = every GPU holds a slice of every expert).</summary>
    public int ExpertParallel { get; }

    /// <summary>
    /// Tokens the busiest GPU of an expert-parallel group receives over the mean (1 = perfectly balanced routing): the
    /// imbalance that remains after any balancing (redundant experts, EPLB). It scales the busiest GPU's expert work and
    /// its all-to-all traffic, which pace the whole group.
    /// </summary>
    public double ExpertSkew { get; init; } = 1.0;

    /// <summary>Extra expert copies per MoE layer (redundant experts: replicas of hot experts that EPLB places), held on the stage's GPUs.</summary>
    public int RedundantExperts { get; init; }

    /// <summary>Attention groups per stage, each a TP group with its own requests and KV (attention data parallelism).</summary>
    public int AttentionGroups { get; }

    /// <summary>GPUs in one pipeline stage: TP x attention groups.</summary>
    public int StageGpus => TensorParallel * AttentionGroups;

    /// <summary>Ways each MoE layer's routed-expert weights are split: every GPU of the stage holds 1 / stage GPUs of them.</summary>
    public int ExpertShards => StageGpus;

    /// <summary>GPUs that hold one copy of the model and serve one batch together: stage GPUs x PP.</summary>
    public int GpusPerReplica => StageGpus * PipelineParallel;

    /// <summary>GPUs in the whole deployment.</summary>
    public int Gpus => GpusPerReplica * Replicas;

    /// <summary>Ways the dense weights (attention, dense FFN, shared experts, embedding, LM head) and their products are split within a stage.</summary>
    public int WeightShards => TensorParallel;

    /// <summary>Ways the attention heads (and the attention FLOPs) are split within an attention group.</summary>
    public int AttentionHeadShards => TensorParallel;

    /// <summary>Ways one request's KV cache is split within its attention group, before any replication of KV heads.</summary>
    public int KvShards => TensorParallel;

    /// <summary>GPUs that take part in each all-reduce of a forward pass (one TP group).</summary>
    public int CollectiveGroup => TensorParallel;

    /// <summary>GPUs in each MoE layer's all-to-all dispatch and combine (the stage's GPUs); 1 when there is no expert parallelism.</summary>
    public int AllToAllGroup => ExpertParallel > 1 ? StageGpus : 1;

    /// <summary>
    /// GPUs in each MoE layer's all-reduce without expert parallelism: every expert is split over the stage's GPUs, so
    /// with attention groups the tokens of all of them are gathered and the outputs reduced over the whole stage.
    /// </summary>
    public int ExpertAllReduceGroup => StageGpus;

    /// <summary>The attention groups a stage of <paramref name="tensorParallel"/> x ... GPUs has when not given: EP / TP when EP is a multiple of TP above it, else 1.</summary>
    public static int DerivedAttentionGroups(int tensorParallel, int expertParallel) =>
        expertParallel > tensorParallel && expertParallel % tensorParallel == 0 ? expertParallel / tensorParallel : 1;

    /// <summary>The same layout with another tensor-parallel degree (attention groups, EP, PP and replicas kept; EP reset to 1 when it no longer divides the stage).</summary>
    public ParallelLayout WithTensorParallel(int tensorParallel) =>
        Keep(new(tensorParallel, Replicas, PipelineParallel, tensorParallel * AttentionGroups % ExpertParallel == 0 ? ExpertParallel : 1, AttentionGroups));

    /// <summary>The same layout with another pipeline depth.</summary>
    public ParallelLayout WithPipelineParallel(int pipelineParallel) => Keep(new(TensorParallel, Replicas, pipelineParallel, ExpertParallel, AttentionGroups));

    /// <summary>The same layout with another expert-parallel degree (the attention groups derived again from it).</summary>
    public ParallelLayout WithExpertParallel(int expertParallel) => Keep(new(TensorParallel, Replicas, PipelineParallel, expertParallel));

    /// <summary>The same layout with another number of attention groups per stage.</summary>
    public ParallelLayout WithAttentionGroups(int groups) => Keep(new(TensorParallel, Replicas, PipelineParallel, ExpertParallel, groups));

    /// <summary>The same layout with another number of replicas.</summary>
    public ParallelLayout WithReplicas(int replicas) => Keep(new(TensorParallel, replicas, PipelineParallel, ExpertParallel, AttentionGroups));

    // A changed degree keeps the expert placement.
    private ParallelLayout Keep(ParallelLayout layout) => layout with { ExpertSkew = ExpertSkew, RedundantExperts = RedundantExperts };
}

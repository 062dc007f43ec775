namespace InferCost.Deployment;

/// <summary>
/// How a model is spread over GPUs. Today one replica is one tensor-parallel group and the rest of the GPUs are
/// data-parallel copies of it. The physics never reads the degrees directly: it asks the questions below ("ways the
/// weights are sharded", "GPUs in the collective group", ...), so that pipeline stages, expert parallelism, attention
/// data-parallelism or separate prefill/decode pools can be added here by answering those questions differently, without
/// touching the formulas that use the answers. With tensor parallelism alone every answer is the tensor-parallel degree.
/// </summary>
public sealed record ParallelLayout
{
    /// <summary>A layout of <paramref name="replicas"/> copies of a <paramref name="tensorParallel"/>-GPU tensor-parallel group.</summary>
    /// <param name="tensorParallel">GPUs in one tensor-parallel group, at least 1.</param>
    /// <param name="replicas">Data-parallel replicas, at least 1.</param>
    public ParallelLayout(int tensorParallel, int replicas = 1)
    {
        // The resolver and DeploymentRules.LayoutOf turn bad counts into field errors first; reaching here with one is a bug.
        ArgumentOutOfRangeException.ThrowIfLessThan(tensorParallel, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        TensorParallel = tensorParallel;
        Replicas = replicas;
    }

    /// <summary>GPUs in one tensor-parallel group (the attention heads and FFN columns are split over them).</summary>
    public int TensorParallel { get; }

    /// <summary>Independent copies of the model serving requests side by side (data parallelism).</summary>
    public int Replicas { get; }

    /// <summary>GPUs that hold one copy of the model and serve one batch together.</summary>
    public int GpusPerReplica => TensorParallel;

    /// <summary>GPUs in the whole deployment.</summary>
    public int Gpus => GpusPerReplica * Replicas;

    /// <summary>Ways the weights (and the matrix products over them, and the FFN activations) are split within a replica.</summary>
    public int WeightShards => TensorParallel;

    /// <summary>Ways the attention heads (and the attention FLOPs) are split within a replica.</summary>
    public int AttentionHeadShards => TensorParallel;

    /// <summary>Ways one request's KV cache is split within a replica, before any replication of KV heads.</summary>
    public int KvShards => TensorParallel;

    /// <summary>GPUs that take part in each all-reduce of a forward pass.</summary>
    public int CollectiveGroup => TensorParallel;

    /// <summary>The same layout with another tensor-parallel degree and as many replicas.</summary>
    public ParallelLayout WithTensorParallel(int tensorParallel) => new(tensorParallel, Replicas);
}

namespace InferCost.Performance;

/// <summary>How an all-reduce is carried out over the link its GPUs share.</summary>
public enum AllReduceAlgorithm
{
    /// <summary>No all-reduce (one GPU).</summary>
    None,

    /// <summary>Ring: 2(p-1) steps, each GPU sends 2(p-1)/p x S (NCCL's bandwidth-optimal algorithm).</summary>
    Ring,

    /// <summary>One-shot: each GPU reads every peer's whole buffer and reduces locally, (p-1) x S per GPU, one synchronisation.</summary>
    OneShot,

    /// <summary>Two-shot: a one-shot reduce-scatter then a one-shot all-gather, 2(p-1)/p x S per GPU, two synchronisations.</summary>
    TwoShot,

    /// <summary>In-switch reduction (NVLink SHARP / NVLS): each GPU sends S once and receives the reduced S once.</summary>
    InSwitch,

    /// <summary>Tree (NCCL's double binary tree, across nodes): reduce up and broadcast down, 2 ceil(log2 p) steps, 2 x S per GPU.</summary>
    Tree,
}

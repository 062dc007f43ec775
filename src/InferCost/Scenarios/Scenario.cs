using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Economics;

namespace InferCost.Scenarios;

/// <summary>Everything one estimate depends on.</summary>
/// <param name="Model">The model.</param>
/// <param name="Accelerator">The accelerator.</param>
/// <param name="Gpus">GPUs in the system (a multiple of the tensor-parallel degree: the rest are data-parallel replicas).</param>
/// <param name="TensorParallel">GPUs in one tensor-parallel group (one model replica).</param>
/// <param name="Weights">Weight precision.</param>
/// <param name="Kv">KV-cache precision.</param>
/// <param name="Batch">Requests decoded together per replica.</param>
/// <param name="InputTokens">Prompt tokens per request.</param>
/// <param name="OutputTokens">Generated tokens per request.</param>
/// <param name="Facility">Facility settings.</param>
/// <param name="Finance">Finance settings.</param>
/// <param name="Serving">Serving-stack assumptions.</param>
/// <param name="RegionId">The region whose power price is used, if one was chosen.</param>
public sealed record Scenario(
    ModelEntry Model,
    Accelerator Accelerator,
    int Gpus,
    int TensorParallel,
    Precision Weights,
    Precision Kv,
    BatchSize Batch,
    int InputTokens,
    int OutputTokens,
    FacilitySettings Facility,
    FinanceSettings Finance,
    ServingSettings Serving,
    string? RegionId = null)
{
    /// <summary>Independent model replicas (data parallelism).</summary>
    public int Replicas => Gpus / TensorParallel;
}

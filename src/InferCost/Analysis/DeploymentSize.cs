namespace InferCost.Analysis;

/// <summary>A deployment named by its accelerator and the GPUs of one replica (as <c>h200-sxm:16</c> writes it), before the catalog is consulted.</summary>
/// <param name="AcceleratorId">The accelerator's catalog id.</param>
/// <param name="Gpus">GPUs per replica, at least 1.</param>
public sealed record DeploymentSize(string AcceleratorId, int Gpus);

using InferCost.Catalog;

namespace InferCost.Deployment;

/// <summary>What a model runs on: one kind of accelerator, and how many of them are laid out how.</summary>
/// <param name="Accelerator">The accelerator every GPU of the deployment is.</param>
/// <param name="Layout">How the model is spread over the GPUs.</param>
public sealed record AcceleratorDeployment(Accelerator Accelerator, ParallelLayout Layout)
{
    /// <summary>GPUs in the whole deployment.</summary>
    public int Gpus => Layout.Gpus;
}

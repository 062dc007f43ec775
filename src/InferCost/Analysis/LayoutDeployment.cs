using InferCost.Scenarios;

namespace InferCost.Analysis;

/// <summary>One deployment the layouts analysis lays out: a replica of <paramref name="Gpus"/> GPUs of the scenario's accelerator.</summary>
/// <param name="Scenario">
/// The scenario on the deployment's accelerator, with that accelerator's defaults (its price, its KV support). Its layout is
/// replaced by each candidate; only its expert placement (expert skew, redundant experts) is kept, by the expert-parallel
/// candidates.
/// </param>
/// <param name="Gpus">GPUs per replica: every candidate is tp x attention-dp x pp of exactly these.</param>
public sealed record LayoutDeployment(Scenario Scenario, int Gpus);

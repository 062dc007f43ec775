using InferCost.Architecture;

namespace InferCost.Fidelity;

/// <summary>One published measurement, as a row of a case file (the format of data/measured/published.csv).</summary>
/// <param name="Id">The row's id.</param>
/// <param name="SourceGroup">Which publication it comes from.</param>
/// <param name="Model">Catalog model id.</param>
/// <param name="Gpu">Catalog accelerator id.</param>
/// <param name="Gpus">Accelerators in the measured system.</param>
/// <param name="Tp">Tensor-parallel degree.</param>
/// <param name="Pp">Pipeline-parallel degree.</param>
/// <param name="Ep">Expert-parallel degree.</param>
/// <param name="Weights">Weight precision.</param>
/// <param name="Kv">KV precision, or null when the source does not state it.</param>
/// <param name="InputTokens">Prompt tokens per request.</param>
/// <param name="OutputTokens">Generated tokens per request.</param>
/// <param name="Concurrency">How requests were offered.</param>
/// <param name="Metric">What was measured.</param>
/// <param name="Value">The published figure.</param>
/// <param name="Source">Where it was read.</param>
/// <param name="Stack">The serving stack that was measured (e.g. trtllm, vllm, sglang); empty when the source does not say.</param>
/// <param name="StackVersion">The stack's version as the source gives it; empty when not stated.</param>
/// <param name="Set">Whether the row is fitted on (calibration) or only compared (validation).</param>
/// <param name="AttentionDp">
/// Attention data-parallel degree: each of this many ranks runs attention for its own requests with the whole attention
/// weights (SGLang's --enable-dp-attention, TensorRT-LLM's enable_attention_dp); 1 when attention is tensor-parallel.
/// </param>
/// <param name="MaxRunning">
/// The most requests the server kept in flight per replica when the source sets it (vLLM's --max-num-seqs,
/// SGLang's --max-running-requests, TensorRT-LLM's max_batch_size); null = the stack's default.
/// </param>
/// <param name="Disaggregation">
/// The prefill and decode pools when the measured deployment was disaggregated (xPyD); then gpus, tp, pp, ep and attention_dp
/// describe the decode pool, which the metric measures. Null for an aggregated deployment.
/// </param>
/// <param name="Requests">
/// The requests the benchmark sent in all (vLLM's and SGLang's --num-prompts), where the source states it; null when it
/// does not. A run of N prompts at a concurrency is not a steady state (it ramps up and drains), so a validation case that
/// states it is predicted by the serving simulator (<see cref="CasePredictor"/>); a burst (all prompts at once) is
/// concurrency = requests.
/// </param>
public sealed record BenchmarkCase(
    string Id,
    string SourceGroup,
    string Model,
    string Gpu,
    int Gpus,
    int Tp,
    int Pp,
    int Ep,
    Precision Weights,
    Precision? Kv,
    int InputTokens,
    int OutputTokens,
    CaseConcurrency Concurrency,
    Metric Metric,
    double Value,
    string Source,
    string Stack = "",
    string StackVersion = "",
    MeasurementSet Set = MeasurementSet.Calibration,
    int AttentionDp = 1,
    int? MaxRunning = null,
    CaseDisaggregation? Disaggregation = null,
    long? Requests = null)
{
    /// <summary>
    /// The most requests a case may state: 100,000, beyond any published serving benchmark (they send a few thousand at
    /// most), so that simulating a case stays bounded (about a second).
    /// </summary>
    public const long MaxRequests = 100_000;

    /// <summary>Whether the measured deployment ran prefill and decode in separate pools.</summary>
    public bool IsDisaggregated => Disaggregation is not null;

    /// <summary>Whether the case runs a layout beyond one tensor-parallel group per replica (pipeline, expert, attention-data parallel, or disaggregated).</summary>
    public bool UsesParallelLayout => Pp > 1 || Ep > 1 || AttentionDp > 1 || IsDisaggregated;
}

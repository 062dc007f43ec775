using InferCost.Architecture;
using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>Figures of the model under the scenario's precisions.</summary>
/// <param name="Id">Catalog id.</param>
/// <param name="Name">Display name.</param>
/// <param name="TotalParameters">Every stored parameter.</param>
/// <param name="ActiveParameters">Parameters one token uses (embedding table counted whole).</param>
/// <param name="WeightBytes">All weights at the weight precision (all GPUs together).</param>
/// <param name="KvBytesPerToken">KV bytes per token of context, all layers, at the KV precision (before any window cap).</param>
/// <param name="KvBytesPerRequest">KV bytes of one request at its full context, windows applied (all GPUs together).</param>
/// <param name="ComputePrecision">The precision the tensor cores run.</param>
public sealed record ModelFigures(
    string Id,
    string Name,
    double TotalParameters,
    double ActiveParameters,
    Bytes WeightBytes,
    Bytes KvBytesPerToken,
    Bytes KvBytesPerRequest,
    Precision ComputePrecision);

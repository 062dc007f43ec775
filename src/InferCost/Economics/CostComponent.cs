using InferCost.Units;

namespace InferCost.Economics;

/// <summary>One layer of the cost stack.</summary>
/// <param name="Id">Stable id (gpu-capital, energy, ...).</param>
/// <param name="Name">Display name.</param>
/// <param name="PerGpuHour">Cost per productive GPU-hour.</param>
/// <param name="PerMillionOutputTokens">Its part of the $/1M output tokens.</param>
/// <param name="PerMillionInputTokens">Its part of the $/1M input tokens.</param>
/// <param name="Share">Its share of the total (shares sum to 1).</param>
public sealed record CostComponent(
    string Id,
    string Name,
    DollarsPerHour PerGpuHour,
    DollarsPerMillionTokens PerMillionOutputTokens,
    DollarsPerMillionTokens PerMillionInputTokens,
    double Share);

using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>One pool of a disaggregated deployment (prefill or decode).</summary>
/// <param name="Instances">Instances in the pool.</param>
/// <param name="Gpus">GPUs in the pool.</param>
/// <param name="RequestsPerSecondPerInstance">What one instance can serve, requests per second.</param>
/// <param name="CapacityRequestsPerSecond">What the pool can serve, requests per second.</param>
/// <param name="Utilisation">System rate / capacity: the share of the pool's time it works.</param>
/// <param name="TokensPerSecond">Tokens it produces at the system rate (input for prefill, output for decode).</param>
/// <param name="Power">Mean board power per GPU over productive hours: busy at the pool's utilisation, idle otherwise.</param>
/// <param name="PerGpuHour">Cost per productive GPU-hour at that power.</param>
/// <param name="PerHour">The pool's cost per hour: GPUs x cost per GPU-hour.</param>
public sealed record PoolFigures(
    int Instances,
    int Gpus,
    double RequestsPerSecondPerInstance,
    double CapacityRequestsPerSecond,
    double Utilisation,
    TokensPerSecond TokensPerSecond,
    Watts Power,
    DollarsPerHour PerGpuHour,
    DollarsPerHour PerHour);

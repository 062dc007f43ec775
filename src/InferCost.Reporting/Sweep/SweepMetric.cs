using InferCost.Performance;
using InferCost.Sweeps;
using InferCost.Units;

namespace InferCost.Reporting.Sweep;

/// <summary>One result column of a sweep: a machine name with its unit, a heading for people, and the figure it reads.</summary>
/// <param name="Name">Column name in CSV, JSON and Parquet (snake case, base unit suffix).</param>
/// <param name="Heading">Column heading in tables.</param>
/// <param name="Unit">The figure's unit.</param>
/// <param name="Read">Reads the figure from a feasible point.</param>
public sealed record SweepMetric(string Name, string Heading, Unit Unit, Func<PointEstimate, double> Read)
{
    /// <summary>Every result column, in output order.</summary>
    public static IReadOnlyList<SweepMetric> All { get; } =
    [
        new("batch_used", "Batch", Unit.Count, p => p.Batch),
        new("max_batch", "Max batch", Unit.Count, p => p.MaxBatch),
        new("memory_required_bytes", "Memory needed/GPU", Unit.Bytes, p => p.MemoryRequired.Value),
        new("ttft_s", "TTFT", Unit.Seconds, p => p.TimeToFirstToken.Value),
        new("tpot_s", "TPOT", Unit.Seconds, p => p.StepTime.Value),
        new("itl_s", "ITL", Unit.Seconds, p => p.InterTokenLatency.Value),
        new("decode_tokens_per_s", "Decode tok/s", Unit.TokensPerSecond, p => p.DecodeRate.Value),
        new("steady_output_tokens_per_s", "Steady out tok/s", Unit.TokensPerSecond, p => p.SteadyOutputRate.Value),
        new("average_power_w", "Power/GPU", Unit.Watts, p => p.AveragePower.Value),
        new("energy_j_per_output_token", "J/out token", Unit.JoulesPerToken, p => p.EnergyPerOutputToken.Value),
        new("usd_per_gpu_hour", "$/GPU-h", Unit.DollarsPerHour, p => p.CostPerGpuHour.Value),
        new("usd_per_1m_output", "$/1M out", Unit.DollarsPerMillionTokens, p => p.OutputCost.Value),
        new("usd_per_1m_input", "$/1M in", Unit.DollarsPerMillionTokens, p => p.InputCost.Value),
        new("power_usd_per_1m_output", "Power $/1M out", Unit.DollarsPerMillionTokens, p => p.PowerOutputCost.Value),
    ];

    /// <summary>Whether the column has a value for an infeasible point (the memory figures do, when known).</summary>
    public bool KnownWhenInfeasible(PointEstimate p) =>
        (Name == "max_batch" && p.Status != PointStatus.InvalidScenario) || (Name == "memory_required_bytes" && p.MemoryRequired.Value > 0);
}

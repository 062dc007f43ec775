using InferCost.Economics;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Serving;

/// <summary>
/// What tokens cost at a simulated load. The GPUs are paid for every serving hour; the simulation says how much of that
/// time they computed (the GPU-busy share, measured rather than assumed full), at what board power (each pass's draw,
/// idle power in the gaps), and how many tokens came out. Each pass's time is owed to its decode tokens and its prompt
/// chunks in proportion to the time each part takes alone; the gaps are shared the same way.
/// </summary>
/// <param name="MeanPower">Board power per GPU over the run: busy energy plus idle power in the gaps, over its duration.</param>
/// <param name="PerGpuHour">Cost per productive GPU-hour at that power (or the rent).</param>
/// <param name="DecodeShare">Share of the GPU time owed to output tokens.</param>
/// <param name="PerMillionOutput">$/1M output tokens.</param>
/// <param name="PerMillionInput">$/1M input tokens.</param>
public sealed record SloCost(Watts MeanPower, DollarsPerHour PerGpuHour, double DecodeShare, DollarsPerMillionTokens PerMillionOutput, DollarsPerMillionTokens PerMillionInput)
{
    /// <summary>The cost of one replica's run.</summary>
    public static SloCost Of(Scenario s, SimulationResult r)
    {
        var idle = s.Accelerator.Power.Idle;
        var gaps = Math.Max(0, r.Duration.Value - r.BusyTime.Value);
        var power = new Watts((r.BusyEnergy.Value + (idle.Value * gaps)) / r.Duration.Value);
        var hour = s.Finance.RentedGpuHourPrice is { } rent
            ? RentalCost.PerProductiveHour(rent, s.Finance.Utilisation)
            : GpuHourCostModel.Breakdown(GpuHourInputs.Of(s), power).Total;
        var busy = r.DecodeBusyTime.Value + r.PrefillBusyTime.Value;
        var decodeShare = busy > 0 ? r.DecodeBusyTime.Value / busy : 0;
        var gpus = s.Layout.GpusPerReplica;
        return new SloCost(
            power,
            hour,
            decodeShare,
            TokenCostModel.LayerPerMillion(hour * decodeShare, gpus, r.OutputRate),
            TokenCostModel.LayerPerMillion(hour * (1 - decodeShare), gpus, r.InputRate));
    }
}

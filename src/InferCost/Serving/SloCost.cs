using InferCost.Economics;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

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
    public static SloCost Of(Scenario s, SimulationResult r) => Of(s, r, Derivation.Off());

    /// <summary>
    /// The cost of one replica's run, each step recorded in <paramref name="d"/> (in its current section; the owned
    /// $/GPU-hour stack in its own, as <c>estimate</c> records it).
    /// </summary>
    public static SloCost Of(Scenario s, SimulationResult r, Derivation d)
    {
        var (power, hour) = PoolHour(s, r, d);
        var decodeShare = d.Step("GPU time owed to output tokens", "s_out = t_decode / (t_decode + t_prompt) (each pass split by the time its decode and prompt parts take alone)",
            Quantity.Share(DecodeShareOf(r)), In("t_decode", r.DecodeBusyTime), In("t_prompt", r.PrefillBusyTime));
        var gpus = s.Layout.GpusPerReplica;
        var output = d.Step("$/1M output tokens", "C x s_out x GPUs per replica / output tokens/s per replica",
            TokenCostModel.LayerPerMillion(hour * decodeShare, gpus, r.OutputRate),
            In("C", hour), In("s_out", Quantity.Share(decodeShare)), In("GPUs per replica", Quantity.Count(gpus)), In("output tokens/s per replica", r.OutputRate));
        var input = d.Step("$/1M input tokens", "C x (1 - s_out) x GPUs per replica / input tokens/s per replica",
            TokenCostModel.LayerPerMillion(hour * (1 - decodeShare), gpus, r.InputRate),
            In("C", hour), In("s_out", Quantity.Share(decodeShare)), In("GPUs per replica", Quantity.Count(gpus)), In("input tokens/s per replica", r.InputRate));
        return new SloCost(power, hour, decodeShare, output, input);
    }

    /// <summary>
    /// The cost of one simulated load: one replica's run (<see cref="Of(Scenario, SimulationResult, Derivation)"/>), or a
    /// disaggregated deployment's pools, each instance's GPUs priced at its own mean power against its own tokens: a
    /// decode instance's against the output tokens, a prefill instance's against the input tokens (as estimate prices
    /// the pools).
    /// </summary>
    public static SloCost Of(Scenario s, SimulationRun run, Derivation d)
    {
        if (run.Prefill is not { } prefill || s.Disaggregation is not { } pools)
        {
            return Of(s, run.Replica, d);
        }

        var gpus = s.Layout.GpusPerReplica;
        var section = d.Section;
        d.Section = section + ": decode instance";
        var decode = PoolHour(s, run.Replica, d);
        var output = d.Step("$/1M output tokens", "C_decode x GPUs per instance / output tokens/s per decode instance (all of its time is owed to output)",
            TokenCostModel.PerMillion(TokenCostModel.ReplicaHour(decode.Hour, gpus), run.Replica.OutputRate),
            In("C_decode", decode.Hour), In("GPUs per instance", Quantity.Count(gpus)), In("output tokens/s per decode instance", run.Replica.OutputRate));
        d.Section = section + ": prefill instance";
        var prompt = PoolHour(s, prefill, d);
        var input = d.Step("$/1M input tokens", "C_prefill x GPUs per instance / input tokens/s per prefill instance",
            TokenCostModel.PerMillion(TokenCostModel.ReplicaHour(prompt.Hour, gpus), prefill.InputRate),
            In("C_prefill", prompt.Hour), In("GPUs per instance", Quantity.Count(gpus)), In("input tokens/s per prefill instance", prefill.InputRate));
        d.Section = section;
        var x = pools.PrefillInstances * gpus;
        var y = pools.DecodeInstances * gpus;
        var power = new Watts(((prompt.Power.Value * x) + (decode.Power.Value * y)) / (x + y));
        return new SloCost(power, DisaggregatedServing.PerGpu(prompt.Hour, x, decode.Hour, y), (double)y / (x + y), output, input);
    }

    // One instance's mean board power over its run and its cost per GPU-hour at that power.
    private static (Watts Power, DollarsPerHour Hour) PoolHour(Scenario s, SimulationResult r, Derivation d)
    {
        var idle = s.Accelerator.Power.Idle;
        var gaps = d.Step("Idle time between passes per GPU", "t_idle = max(0, T - t_busy)", new Seconds(Math.Max(0, r.Duration.Value - r.BusyTime.Value)),
            In("T", r.Duration), In("t_busy", r.BusyTime));
        var power = d.Step("Mean board power per GPU", "P = (E_busy + P_idle x t_idle) / T (E_busy: each pass's draw from the power model over its time)",
            new Watts((r.BusyEnergy.Value + (idle.Value * gaps.Value)) / r.Duration.Value),
            In("E_busy", r.BusyEnergy), In("P_idle", idle), In("t_idle", gaps), In("T", r.Duration));
        return (power, Hour(s, power, d));
    }

    // The rent per productive hour, or the owned stack at the run's mean power (recorded layer by layer when asked).
    private static DollarsPerHour Hour(Scenario s, Watts power, Derivation d)
    {
        var u = s.Finance.Utilisation;
        if (s.Finance.RentedGpuHourPrice is { } rent)
        {
            return d.Step("Rented cost per productive GPU-hour", "C = price per rented GPU-hour / u (every rented hour is paid, producing or not)",
                RentalCost.PerProductiveHour(rent, u), In("price", rent), In("u", Quantity.Share(u)));
        }

        if (!d.IsRecording)
        {
            return GpuHourCostModel.Breakdown(GpuHourInputs.Of(s), power).Total;
        }

        // The recorded stack is the same Breakdown with every layer written down; it names its own section.
        var section = d.Section;
        var total = GpuHourCostModel.Evaluate(s, power, Watts.Zero, d).Total;
        d.Section = section;
        return total;
    }

    // The decode share of the busy time (zero when no pass ran).
    private static double DecodeShareOf(SimulationResult r)
    {
        var busy = r.DecodeBusyTime.Value + r.PrefillBusyTime.Value;
        return busy > 0 ? r.DecodeBusyTime.Value / busy : 0;
    }
}

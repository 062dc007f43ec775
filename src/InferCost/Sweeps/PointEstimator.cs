using InferCost.Economics;
using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Sweeps;

/// <summary>
/// The sweep kernel: the same formulas as <see cref="Estimation.CostEstimator"/> (it calls the same pure functions:
/// <see cref="Feasibility.Of(Bytes, Bytes, Bytes, Bytes, int, Scenarios.BatchSize, long, int, Bytes)"/>, <see cref="MemoryPlanner"/>,
/// <see cref="DecodeStepModel.StepTime"/>, <see cref="PrefillModel.TimeOf"/>, <see cref="PipelineSchedule"/>, <see cref="ServingCycle"/>, <see cref="KvOffload"/>,
/// <see cref="PowerModel.Draw(ScenarioContext, Bytes, Flops, Bytes, Seconds)"/>, <see cref="DecodeStepModel.LinkBytes"/>, <see cref="CycleEnergy"/>,
/// <see cref="GpuHourCostModel.Breakdown"/>, <see cref="RentalCost"/>, <see cref="TokenCostModel"/>)
/// composed without recording a derivation or allocating, for millions of points per second. An equivalence test pins
/// every figure it returns to the explained estimate.
/// </summary>
public static class PointEstimator
{
    /// <summary>Estimates one point.</summary>
    public static PointEstimate Evaluate(in PointInputs p)
    {
        var c = p.Context;
        var a = c.Accelerator;
        var eff = a.Efficiency;
        double input = p.InputTokens;
        double output = p.OutputTokens;

        var fit = Feasibility.Of(
            MemoryPlanner.Usable(c),
            MemoryPlanner.WeightsPerGpu(c),
            MemoryPlanner.Workspace(c),
            MemoryPlanner.KvPerRequest(c, input + output),
            MemoryPlanner.RequestCap(c),
            p.Batch,
            (long)p.InputTokens + p.OutputTokens,
            c.Profile.Architecture.MaxContext,
            KvOffload.Capacity(c.Scenario));
        if (!fit.IsFeasible)
        {
            return PointEstimate.Infeasible(fit.Status, fit.MaxBatch, fit.Required, fit.Usable);
        }

        double b = fit.Batch;

        var stepTime = DecodeStepModel.StepTime(c, b, DecodeStepModel.MeanContext(input, output), out var decode);
        var microBatches = PipelineSchedule.MicroBatches(b, c.PipelineStages);
        var replicaDecodeRate = TokensPerSecond.Of(b, stepTime);

        var prefillTime = PrefillModel.TimeOf(c, b, input, out var prefill);
        var firstTokenTime = PrefillModel.TimeOf(c, 1, input, out _);

        var decodeSteps = output - 1;
        var decodeTime = ServingCycle.DecodeTime(stepTime, decodeSteps);
        var cycle = ServingCycle.Cycle(prefillTime, decodeTime);
        var replicas = c.Layout.Replicas;

        var decodePower = PowerModel.Draw(c, decode.Bytes * microBatches, decode.Flops * microBatches, DecodeStepModel.LinkBytes(c, b), stepTime);
        var prefillPower = PowerModel.Draw(c, prefill.Bytes, prefill.Flops, PrefillModel.LinkBytes(c, b, input), prefillTime);
        var cycleEnergy = CycleEnergy.Of(prefillPower, prefillTime, decodePower, decodeTime);
        var averagePower = CycleEnergy.AveragePower(cycleEnergy, prefillTime, decodeTime);

        // The network's traffic energy outside the board (NetworkEnergyModel): what the layout sends, by the link it crosses.
        var (upEnergy, outEnergy) = NetworkEnergy.PerByte(c.Scenario);
        var prefillOut = PrefillModel.ScaleOutLinkBytes(c, b, input);
        var stepOut = DecodeStepModel.ScaleOutLinkBytes(c, b);
        var networkCycle = NetworkEnergy.Cycle(
            NetworkEnergy.Of(PrefillModel.LinkBytes(c, b, input) - prefillOut, upEnergy, prefillOut, outEnergy),
            NetworkEnergy.Of(DecodeStepModel.LinkBytes(c, b) - stepOut, upEnergy, stepOut, outEnergy),
            decodeSteps);
        if (c.Scenario.Disaggregation is { } spec)
        {
            if (c.KvLink is not { } link || p.OutputTokens < 2 || c.Layout.Replicas != spec.Instances)
            {
                // What KvLinkPath.Check refuses in a scenario: no link, no decode work, or not x + y instances.
                return PointEstimate.Infeasible(PointStatus.InvalidScenario, fit.MaxBatch, fit.Required, fit.Usable);
            }

            return Disaggregated(p, spec, link, fit, stepTime, prefillTime, firstTokenTime, decodePower, prefillPower, averagePower, cycleEnergy,
                NetworkEnergy.Of(DecodeStepModel.LinkBytes(c, b) - stepOut, upEnergy, stepOut, outEnergy),
                NetworkEnergy.Of(PrefillModel.LinkBytes(c, b, input) - prefillOut, upEnergy, prefillOut, outEnergy));
        }

        var hour = GpuHourCostModel.Breakdown(p.Cost, averagePower, CycleEnergy.AveragePower(networkCycle, prefillTime, decodeTime));

        // A rented GPU's bill replaces the owner's stack (and has no electricity layer of its own).
        var (gpuHour, powerLayer) = p.Cost.RentedPrice is { } rent
            ? (RentalCost.PerProductiveHour(rent, p.Cost.Utilisation), DollarsPerHour.Zero)
            : (hour.Total, hour.Power);
        var replicaHour = TokenCostModel.ReplicaHour(gpuHour, c.GpusPerReplica);
        return new PointEstimate(
            PointStatus.Feasible,
            fit.Batch,
            fit.MaxBatch,
            fit.Required,
            fit.Usable,
            stepTime,
            firstTokenTime,
            ServingCycle.InterTokenLatency(stepTime, prefillTime, firstTokenTime, decodeSteps),
            replicaDecodeRate * replicas,
            ServingCycle.SystemRate(replicas, b, output, cycle),
            averagePower,
            CycleEnergy.PerOutputToken(cycleEnergy, c.GpusPerReplica, b * output),
            gpuHour,
            TokenCostModel.PerMillion(replicaHour, replicaDecodeRate),
            TokenCostModel.PerMillion(replicaHour, TokenCostModel.PrefillRate(b, input, prefillTime)),
            TokenCostModel.LayerPerMillion(powerLayer, c.GpusPerReplica, replicaDecodeRate));
    }
    // The xPyD deployment of the same instance (DisaggregatedEstimator): each pool's GPUs priced against its own tokens.
    private static PointEstimate Disaggregated(
        in PointInputs p,
        Deployment.Disaggregation spec,
        KvLinkPath link,
        MemoryFit fit,
        Seconds stepTime,
        Seconds prefillTime,
        Seconds firstTokenTime,
        Watts decodePower,
        Watts prefillPower,
        Watts averagePower,
        Joules cycleEnergy,
        Joules stepNetwork,
        Joules prefillNetwork)
    {
        var c = p.Context;
        double b = fit.Batch;
        double input = p.InputTokens;
        double output = p.OutputTokens;
        var prefillCapacity = spec.PrefillInstances * DisaggregatedServing.PrefillRequestRate(b, prefillTime);
        var decodeCapacity = spec.DecodeInstances * DisaggregatedServing.DecodeRequestRate(b, stepTime, p.OutputTokens);
        var rate = DisaggregatedServing.SystemRate(prefillCapacity, decodeCapacity);
        var prefillUse = rate / prefillCapacity;
        var decodeUse = rate / decodeCapacity;
        var inputRate = DisaggregatedServing.TokenRate(rate, input);
        var outputRate = DisaggregatedServing.TokenRate(rate, output);
        var prefillGpus = spec.PrefillInstances * c.GpusPerReplica;
        var decodeGpus = spec.DecodeInstances * c.GpusPerReplica;
        var kvTime = DisaggregatedServing.KvTime(c, link, input);

        DollarsPerHour prefillHour, decodeHour, decodePowerLayer;
        if (p.Cost.RentedPrice is { } rent)
        {
            prefillHour = decodeHour = RentalCost.PerProductiveHour(rent, p.Cost.Utilisation);
            decodePowerLayer = DollarsPerHour.Zero;
        }
        else
        {
            var idle = c.Accelerator.Power.Idle;
            var kvEnergy = DisaggregatedServing.KvEnergy(c, link, input);
            var prefill = GpuHourCostModel.Breakdown(p.Cost, DisaggregatedServing.PoolPower(prefillPower, idle, prefillUse),
                DisaggregatedServing.PrefillNetworkPower(prefillNetwork, prefillTime, prefillUse, kvEnergy, rate, prefillGpus));
            var decode = GpuHourCostModel.Breakdown(p.Cost, DisaggregatedServing.PoolPower(decodePower, idle, decodeUse),
                DisaggregatedServing.DecodeNetworkPower(stepNetwork, stepTime, decodeUse));
            (prefillHour, decodeHour, decodePowerLayer) = (prefill.Total, decode.Total, decode.Power);
        }

        var replicaDecodeRate = TokensPerSecond.Of(b, stepTime);
        return new PointEstimate(
            PointStatus.Feasible,
            fit.Batch,
            fit.MaxBatch,
            fit.Required,
            fit.Usable,
            stepTime,
            firstTokenTime + kvTime,
            stepTime,
            replicaDecodeRate * spec.DecodeInstances,
            outputRate,
            averagePower,
            CycleEnergy.PerOutputToken(cycleEnergy, c.GpusPerReplica, b * output),
            DisaggregatedServing.PerGpu(prefillHour, prefillGpus, decodeHour, decodeGpus),
            TokenCostModel.LayerPerMillion(decodeHour, decodeGpus, outputRate),
            TokenCostModel.LayerPerMillion(prefillHour, prefillGpus, inputRate),
            TokenCostModel.LayerPerMillion(decodePowerLayer, decodeGpus, outputRate));
    }
}

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

        var stepTime = DecodeStepModel.StepTime(c, b, input + ((output - 1) / 2.0), out var decode);
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
}

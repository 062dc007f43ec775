using InferCost.Economics;
using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Sweeps;

/// <summary>
/// The sweep kernel: the same formulas as <see cref="Estimation.CostEstimator"/> (it calls the same pure functions:
/// <see cref="MemoryPlanner"/>, <see cref="DecodeStepModel.Work"/>, <see cref="PrefillModel.Work"/>, <see cref="KernelTimes.Of"/>,
/// <see cref="PowerModel.Draw(Catalog.Accelerator, Bytes, Flops, Seconds, FlopsPerSecond)"/>, <see cref="GpuHourCostModel.Breakdown"/>)
/// composed without recording a derivation or allocating, for millions of points per second. An equivalence test pins
/// every figure it returns to the explained estimate.
/// </summary>
public static class PointEstimator
{
    /// <summary>Estimates one point.</summary>
    public static PointEstimate Evaluate(in PointInputs p)
    {
        var c = p.Context;
        var s = c.Scenario;
        var a = c.Accelerator;
        var eff = a.Efficiency;
        double input = p.InputTokens;
        double output = p.OutputTokens;

        var usable = MemoryPlanner.Usable(c);
        var weights = MemoryPlanner.WeightsPerGpu(c);
        var workspace = MemoryPlanner.Workspace(c);
        var kvPerRequest = MemoryPlanner.KvPerRequest(c, input + output);
        var cap = s.Serving.MaxRunningRequests;
        var maxBatch = MemoryPlanner.MaxBatch(usable, weights, workspace, kvPerRequest, cap);
        var requested = p.Batch.IsMax ? Math.Max(maxBatch, 1) : p.Batch.Requests;
        var required = weights + workspace + (kvPerRequest * requested);
        var maxContext = c.Profile.Architecture.MaxContext;
        if (maxContext > 0 && (long)p.InputTokens + p.OutputTokens > maxContext)
        {
            return PointEstimate.Infeasible(PointStatus.ExceedsContext, maxBatch, required, usable);
        }

        if (maxBatch == 0)
        {
            return PointEstimate.Infeasible(PointStatus.NothingFits, 0, weights + workspace + kvPerRequest, usable);
        }

        if (!p.Batch.IsMax && requested > cap)
        {
            return PointEstimate.Infeasible(PointStatus.ExceedsRequestLimit, maxBatch, required, usable);
        }

        if (requested > maxBatch)
        {
            return PointEstimate.Infeasible(PointStatus.BatchDoesNotFit, maxBatch, required, usable);
        }

        double b = requested;

        var decode = DecodeStepModel.Work(c, b, input + ((output - 1) / 2.0));
        var decodeKernels = KernelTimes.Of(decode, c.AchievableBandwidth, c.AchievableCompute, eff.ExpertComputeFraction);
        var stepTime = decodeKernels.Linear + decodeKernels.Attention + ForwardPassCommunication.Time(c, b) + DecodeStepModel.Overhead(eff, b);
        var replicaDecodeRate = TokensPerSecond.Of(b, stepTime);

        var prefillTime = PrefillTime(c, b, input, out var prefill);
        var firstTokenTime = PrefillTime(c, 1, input, out _);

        var decodeSteps = output - 1;
        var decodeTime = stepTime * decodeSteps;
        var cycle = prefillTime + decodeTime;
        var replicas = s.Replicas;
        var interleaved = prefillTime - firstTokenTime;
        var itl = decodeSteps > 0 ? stepTime + (Seconds.Max(interleaved, Seconds.Zero) / decodeSteps) : stepTime;

        var decodePower = PowerModel.Draw(a, decode.Bytes, decode.Flops, stepTime, c.PeakCompute);
        var prefillPower = PowerModel.Draw(a, prefill.Bytes, prefill.Flops, prefillTime, c.PeakCompute);
        var cycleEnergy = (prefillPower * prefillTime) + (decodePower * decodeTime);
        var averagePower = cycleEnergy / (prefillTime + decodeTime);
        var energyPerToken = JoulesPerToken.Of(cycleEnergy * c.GpusPerReplica, b * output);

        var hour = GpuHourCostModel.Breakdown(p.Cost, averagePower);
        var replicaRate = hour.Total * c.GpusPerReplica;
        var prefillRate = TokensPerSecond.Of(b * input, prefillTime);
        return new PointEstimate(
            PointStatus.Feasible,
            requested,
            maxBatch,
            required,
            usable,
            stepTime,
            firstTokenTime,
            itl,
            replicaDecodeRate * replicas,
            TokensPerSecond.Of(replicas * b * output, cycle),
            averagePower,
            energyPerToken,
            hour.Total,
            replicaRate / replicaDecodeRate,
            replicaRate / prefillRate,
            hour.Power * c.GpusPerReplica / replicaDecodeRate);
    }

    private static Seconds PrefillTime(ScenarioContext c, double requests, double input, out StepWork work)
    {
        var tokens = requests * input;
        var passes = PrefillModel.Passes(c, tokens);
        work = PrefillModel.Work(c, requests, input, passes);
        var kernels = KernelTimes.Of(work, c.AchievableBandwidth, c.AchievableCompute, c.Accelerator.Efficiency.ExpertComputeFraction);
        return PrefillModel.Time(kernels, ForwardPassCommunication.Time(c, tokens), c.Accelerator.Efficiency, passes, requests);
    }
}

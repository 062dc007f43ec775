using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// The physics of one forward pass over an <see cref="IterationMix"/>: what its busiest GPU moves and computes, and the
/// time between two of its tokens. A decode step (<see cref="DecodeStepModel"/>) and a prefill (<see cref="PrefillModel"/>)
/// are this pass over their pure mixes; the serving simulator calls it for each continuous-batching iteration's mix.
/// </summary>
public static class IterationModel
{
    /// <summary>
    /// The work of <paramref name="passes"/> forward passes over the mix on the busiest GPU of the slowest stage: each
    /// attention group reads or writes its own requests' KV (<see cref="DecodeStepModel.PassWork"/>).
    /// </summary>
    public static StepWork Work(ScenarioContext c, in IterationMix mix, double passes = 1)
    {
        var groups = c.GroupsBusy(mix.Requests);
        return DecodeStepModel.PassWork(
            c,
            mix.Tokens,
            (mix.DecodePositions + mix.PrefillKeptPositions) / groups * c.KvBytesPerKeptPosition,
            ((mix.DecodeQueryPositions * c.DecodeAttentionFlopsPerPosition) + (mix.PrefillAttentionPairs * c.PrefillAttentionFlopsPerPair)) / groups,
            passes,
            groups);
    }

    /// <summary>
    /// The time of one iteration over the mix (the serving simulator's): its requests in m = min(requests, pp)
    /// micro-batches through the stages (<see cref="Interval"/>); the KV is all in HBM (the simulator's block pool).
    /// </summary>
    public static Seconds Time(ScenarioContext c, in IterationMix mix, out StepWork stage)
    {
        var microBatches = PipelineSchedule.MicroBatches(mix.Requests, c.PipelineStages);
        return Interval(c, mix / microBatches, microBatches, 0, 0, out stage);
    }

    /// <summary>
    /// The time between two tokens of a request when <paramref name="microBatches"/> micro-batches of
    /// <paramref name="micro"/> each move through the stages (<see cref="PipelineSchedule.TokenInterval"/>): each stage's
    /// time is the roofline of its kernels plus the collectives, the stack's time per pass and per request, and the KV
    /// streamed from a slower tier for <paramref name="batch"/> requests of <paramref name="context"/> tokens
    /// (<see cref="KvOffload.StreamTime(ScenarioContext, double, double, Units.Bytes)"/>; none at context 0).
    /// </summary>
    public static Seconds Interval(ScenarioContext c, in IterationMix micro, double microBatches, double batch, double context, out StepWork stage)
    {
        var groups = c.GroupsBusy(micro.Requests);
        stage = Work(c, micro);
        var offload = KvOffload.StreamTime(c, batch, context, stage.KvBytes);
        var stageTime = ServingCycle.StepTime(
            KernelTimes.Of(stage, c.Rates),
            ForwardPassCommunication.Time(c, micro.Tokens, groups),
            StackOverhead.Decode(c.PassOverhead, c.RequestOverhead, micro.Requests / groups),
            offload);
        return PipelineSchedule.TokenInterval(stageTime, PipelineSchedule.SendTime(c, micro.Tokens, groups), c.PipelineStages, microBatches);
    }
}

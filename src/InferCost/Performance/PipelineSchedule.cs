using System.Runtime.CompilerServices;
using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// How pipeline stages share the work of a replica, written once for the explained estimate and the sweep kernel.
/// Decode with in-flight batching keeps m = min(B, PP) micro-batches of B / m requests moving through the PP stages: each
/// stage works on one micro-batch while the others work on the rest, so a micro-batch comes back for its next token after
/// a round trip of PP x (t_stage + t_send). With m = PP micro-batches no stage waits (no bubble); with fewer, each stage
/// idles 1 - m / PP of the time. Prefill streams its chunks through the stages: the first chunk fills the pipeline, the
/// rest follow one stage time apart.
/// </summary>
public static class PipelineSchedule
{
    /// <summary>Micro-batches in flight for a batch of <paramref name="batch"/> requests over <paramref name="stages"/> stages: min(B, PP), at least 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double MicroBatches(double batch, int stages) => Math.Max(1, Math.Min(batch, stages));

    /// <summary>
    /// Time between two tokens of one request (the decode step as the replica sees it): max(m x t_stage, PP x (t_stage +
    /// t_send)); the stage time itself without pipelining.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds TokenInterval(Seconds stageTime, Seconds sendTime, int stages, double microBatches) =>
        stages <= 1 ? stageTime : Seconds.Max(stageTime * microBatches, (stageTime + sendTime) * stages);

    /// <summary>Share of each stage's time it idles for want of a micro-batch: 1 - m / PP (0 without pipelining or with m = PP).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Bubble(int stages, double microBatches) => stages <= 1 ? 0 : Math.Max(0, 1 - (microBatches / stages));

    /// <summary>
    /// Prefill time of <paramref name="passes"/> chunks through <paramref name="stages"/> stages, the slowest stage taking
    /// <paramref name="stageTime"/> for all of them: (t_stage / passes + t_send) x (passes + PP - 1); t_stage without pipelining.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds PrefillTime(Seconds stageTime, Seconds sendTime, int stages, double passes) =>
        stages <= 1 ? stageTime : ((stageTime / passes) + sendTime) * (passes + stages - 1);

    /// <summary>
    /// Bytes each GPU sends to the next stage per micro-batch of <paramref name="tokens"/> tokens spread over
    /// <paramref name="groups"/> attention groups: the hidden states, tokens / groups x d x 2 B (0 without pipelining).
    /// </summary>
    public static Bytes SendBytes(ScenarioContext c, double tokens, double groups) =>
        c.PipelineStages <= 1 ? Bytes.Zero : new Bytes(tokens / groups * c.Profile.Architecture.HiddenSize * ScenarioContext.ActivationBytesPerValue);

    /// <summary>
    /// Time of one stage-to-stage send: alpha + bytes / BW over the link the replica's GPUs share (the scale-out NIC once
    /// the replica spans scale-up domains); 0 without pipelining.
    /// </summary>
    public static Seconds SendTime(ScenarioContext c, double tokens, double groups)
    {
        if (c.PipelineStages <= 1)
        {
            return Seconds.Zero;
        }

        var link = GroupLink.For(c, c.GpusPerReplica);
        return link.Latency + (SendBytes(c, tokens, groups) / link.Bandwidth);
    }

    /// <summary>Whether the stage-to-stage sends cross the scale-out network (the replica spans scale-up domains).</summary>
    public static bool SendsCrossDomains(ScenarioContext c) => c.PipelineStages > 1 && GroupLink.For(c, c.GpusPerReplica).CrossesDomains;
}

using InferCost.Deployment;

namespace InferCost.Fidelity;

/// <summary>
/// The kind of parallel layout a measurement or a scenario runs, named once so that validation reports multi-GPU layouts'
/// error apart and an estimate on such a layout takes that kind's measured band.
/// </summary>
public static class LayoutKinds
{
    /// <summary>
    /// The kind of a layout of <paramref name="stageGpus"/> GPUs per stage (the measurement format's tp): pipeline
    /// parallel, expert parallel (with or without attention DP), attention DP alone, tensor parallel, or one GPU.
    /// </summary>
    public static string Of(int stageGpus, int pipelineParallel, int expertParallel, int attentionDataParallel)
    {
        var kinds = new List<string>();
        if (pipelineParallel > 1)
        {
            kinds.Add("pipeline parallel");
        }

        if (expertParallel > 1)
        {
            kinds.Add(attentionDataParallel > 1 ? "expert parallel + attention DP" : "expert parallel");
        }
        else if (attentionDataParallel > 1)
        {
            kinds.Add("attention DP");
        }

        if (kinds.Count == 0)
        {
            kinds.Add(stageGpus > 1 ? "tensor parallel" : "one GPU per replica");
        }

        return string.Join(" + ", kinds);
    }

    /// <summary>The kind of a measured case.</summary>
    public static string Of(BenchmarkCase c) => Of(c.Tp, c.Pp, c.Ep, c.AttentionDp);

    /// <summary>The kind of a scenario's layout.</summary>
    public static string Of(ParallelLayout layout) => Of(layout.StageGpus, layout.PipelineParallel, layout.ExpertParallel, layout.AttentionGroups);
}

namespace InferCost.Fidelity;

/// <summary>The names of the measurement sets, as case files and reports spell them.</summary>
public static class MeasurementSets
{
    /// <summary>The set's name: calibration or validation.</summary>
    public static string Name(MeasurementSet set) => set == MeasurementSet.Calibration ? "calibration" : "validation";

    /// <summary>
    /// Whether calibration fits a case: a calibration-set case on one tensor-parallel group per replica. Cases with
    /// pipeline stages, expert parallelism, attention data parallelism or separate prefill and decode pools are predicted
    /// and reported (by layout, apart) but never fitted, whichever set their source is in: the fitted factors are each
    /// accelerator's and stack's efficiencies, and the layout physics is what those cases test. Fitted, DSTACK's 18 SGLang
    /// DP-attention rows push Hopper's bandwidth fraction to its 0.98 bound and TensorRT-LLM's pass time from 39 us to
    /// 626 us: physics those layouts lack (SGLang's per-step synchronisation of the attention ranks, its fused-MoE tile at
    /// a few tokens per expert), not a result.
    /// </summary>
    public static bool IsFitted(BenchmarkCase c) => c.Set == MeasurementSet.Calibration && !c.UsesParallelLayout;
}

using System.Runtime.CompilerServices;
using InferCost.Catalog;
using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// The serving stack's software time, written once for decode, prefill and the sweep kernel: each forward pass costs a
/// fixed part plus a part per kernel it launches (each kernel's start gap and tail, which CUDA graphs shrink to a few
/// microseconds but cannot remove; the count comes from the layers' shapes, <see cref="PassKernels"/>), and each request costs host CPU time per step, which a slower host takes longer
/// to spend.
/// </summary>
public static class StackOverhead
{
    /// <summary>Software time of one forward pass: t_pass = t_fixed + n_kernels x t_kernel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds Pass(StackFactors f, int kernels) => f.PassFixed + (f.PerKernel * kernels);

    /// <summary>Host time per request per step: t_req = t_request,ref / s_host (s_host = the host's speed relative to the reference CPU).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds PerRequest(StackFactors f, double hostSpeed) => f.PerRequest / hostSpeed;

    /// <summary>A decode step's software time: t_overhead = t_pass + B x t_req.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds Decode(Seconds pass, Seconds perRequest, double batch) => pass + (perRequest * batch);

    /// <summary>A prefill's software time: passes x t_pass + R x t_req.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds Prefill(Seconds pass, Seconds perRequest, double passes, double requests) => (pass * passes) + (perRequest * requests);

    /// <summary>Records the pass and per-request costs of the scenario's stack on its host (the figures <see cref="ScenarioContext"/> holds).</summary>
    public static (Seconds Pass, Seconds PerRequest) Record(ScenarioContext c, Derivation d)
    {
        var f = c.Scenario.Stack.Factors;
        var pass = d.Step(
            "Stack time per forward pass",
            "t_pass = t_fixed + n_kernels x t_kernel",
            c.PassOverhead,
            In("t_fixed (" + c.Scenario.Stack.Id + ")", f.PassFixed),
            In("n_kernels (from the layers' shapes)", Quantity.Count(c.KernelsPerPass)),
            In("t_kernel", f.PerKernel));
        var perRequest = d.Step(
            "Host time per request per step",
            "t_req = t_request,ref / s_host",
            c.RequestOverhead,
            In("t_request,ref (" + c.Scenario.Stack.Id + ")", f.PerRequest),
            In("s_host (" + c.Accelerator.Host.Cpu + ")", Quantity.Number(c.Accelerator.Host.RelativeSpeed)));
        return (pass, perRequest);
    }
}

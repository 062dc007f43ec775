using System.Runtime.CompilerServices;
using InferCost.Catalog;
using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// The serving stack's software time, written once for decode, prefill and the sweep kernel: each forward pass costs a
/// fixed part plus a part per decoder layer (the gaps between the layer's kernels, which CUDA graphs shrink to a few
/// microseconds each but cannot remove), and each request costs host CPU time per step, which a slower host takes longer
/// to spend.
/// </summary>
public static class StackOverhead
{
    /// <summary>
    /// Layers as the stack's launch gaps count them: L_eff = dense layers + r_moe x MoE layers (an MoE layer launches
    /// about r_moe times the kernels of a dense one: router, top-k, permute, grouped GEMMs, unpermute).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EffectiveLayers(int denseLayers, int moeLayers, double moeKernelRatio) => denseLayers + (moeKernelRatio * moeLayers);

    /// <summary>Software time of one forward pass: t_pass = t_fixed + L_eff x t_layer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds Pass(StackFactors f, double effectiveLayers) => f.PassFixed + (f.PerLayer * effectiveLayers);

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
            "t_pass = t_fixed + L_eff x t_layer",
            c.PassOverhead,
            In("t_fixed (" + c.Scenario.Stack.Id + ")", f.PassFixed),
            In("L_eff (dense + r_moe x MoE layers)", Quantity.Number(c.OverheadLayers)),
            In("t_layer", f.PerLayer));
        var perRequest = d.Step(
            "Host time per request per step",
            "t_req = t_request,ref / s_host",
            c.RequestOverhead,
            In("t_request,ref (" + c.Scenario.Stack.Id + ")", f.PerRequest),
            In("s_host (" + c.Accelerator.Host.Cpu + ")", Quantity.Number(c.Accelerator.Host.RelativeSpeed)));
        return (pass, perRequest);
    }
}

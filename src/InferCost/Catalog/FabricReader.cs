using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>Reads the fabric facts of an accelerator file's <c>interconnect:</c> section.</summary>
internal static class FabricReader
{
    /// <summary>Reads <c>peerAllReduce</c>, <c>ringStepLatencyUs</c>, <c>inSwitchReduction</c> and <c>inSwitchLatencyUs</c>.</summary>
    public static FabricSpec Read(YamlFieldReader r)
    {
        var peer = r.Bool("peerAllReduce", false);
        if (!r.Keys.Contains("peerAllReduce"))
        {
            r.Error("peerAllReduce", "is required: true when GPUs map each other's memory over the scale-up fabric (one-shot all-reduce possible), else false.");
        }

        var step = r.Number("ringStepLatencyUs", 0, 1_000, "microseconds per ring step");
        var inSwitch = r.Bool("inSwitchReduction", false);
        var inSwitchLatency = r.OptionalNumber("inSwitchLatencyUs", 0, 1_000, "microseconds");
        if (inSwitch && inSwitchLatency is null)
        {
            r.Error("inSwitchLatencyUs", "is required when inSwitchReduction is true (microseconds an in-switch all-reduce adds).");
        }

        if (!inSwitch && inSwitchLatency is not null)
        {
            r.Error("inSwitchLatencyUs", "applies only when inSwitchReduction is true; remove it or set inSwitchReduction: true.");
        }

        return new FabricSpec(peer, Seconds.FromMicroseconds(step), inSwitch, Seconds.FromMicroseconds(inSwitchLatency ?? 0));
    }
}

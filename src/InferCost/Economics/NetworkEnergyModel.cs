using InferCost.Explain;
using InferCost.Performance;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Economics;

/// <summary>
/// Records the network energy of a serving cycle (<see cref="NetworkEnergy"/>): what each GPU sends per decode step and
/// per prefill, over the scale-up fabric (the tensor-parallel all-reduces, <see cref="ForwardPassCommunication.Sent"/>) and
/// over the scale-out fabric, at each fabric's energy per byte outside the GPU board; its average power over the cycle is
/// what the network-energy layer of the $/GPU-hour stack prices.
/// </summary>
public static class NetworkEnergyModel
{
    /// <summary>The cycle's average network power per GPU, with the cycle's sends on the scale-out fabric given (zero today).</summary>
    /// <param name="c">The scenario.</param>
    /// <param name="decode">The decode step.</param>
    /// <param name="prefill">The steady-state prefill of the batch.</param>
    /// <param name="d">The derivation the steps are recorded in.</param>
    public static NetworkEnergyFigures Evaluate(ScenarioContext c, DecodeStep decode, PrefillPass prefill, Derivation d)
    {
        var s = c.Scenario;
        var (up, outward) = NetworkEnergy.PerByte(s);
        var upName = s.ScaleUpFabric?.Id ?? "none";
        var outName = s.ScaleOutFabric?.Id ?? "none";
        // What the layout sends, split by the link it crosses (collectives and pipeline sends; the scale-out part is what
        // spans scale-up domains: TP or expert all-to-all across nodes, stage boundaries between nodes).
        var stepScaleOut = DecodeStepModel.ScaleOutLinkBytes(c, decode.Batch);
        var stepUp = DecodeStepModel.LinkBytes(c, decode.Batch) - stepScaleOut;
        var prefillScaleOut = PrefillModel.ScaleOutLinkBytes(c, prefill.Requests, s.InputTokens);
        var prefillUp = PrefillModel.LinkBytes(c, prefill.Requests, s.InputTokens) - prefillScaleOut;
        var step = d.Step($"Network energy per decode step per GPU (outside the board: {upName}, {outName})",
            "E_step = sent_up x e_up + sent_out x e_out",
            NetworkEnergy.Of(stepUp, up, stepScaleOut, outward),
            In("sent_up", stepUp), In("e_up", up), In("sent_out", stepScaleOut), In("e_out", outward));
        var prefillEnergy = d.Step("Network energy per prefill of the batch per GPU", "E_prefill = sent_up x e_up + sent_out x e_out",
            NetworkEnergy.Of(prefillUp, up, prefillScaleOut, outward),
            In("sent_up", prefillUp), In("e_up", up), In("sent_out", prefillScaleOut), In("e_out", outward));
        var decodeSteps = s.OutputTokens - 1;
        var cycle = d.Step("Network energy per cycle per GPU", "E_net = E_prefill + (output - 1) x E_step",
            NetworkEnergy.Cycle(prefillEnergy, step, decodeSteps),
            In("E_prefill", prefillEnergy), In("output - 1", Quantity.Count(decodeSteps)), In("E_step", step));
        var decodeTime = ServingCycle.DecodeTime(decode.StepTime, decodeSteps);
        var power = d.Step("Average network power per GPU (traffic-proportional, outside the board)", "P_net = E_net / T",
            CycleEnergy.AveragePower(cycle, prefill.Time, decodeTime), In("E_net", cycle), In("T", prefill.Time + decodeTime));
        double outputTokens = (double)decode.Batch * s.OutputTokens;
        var perToken = d.Step("Network energy per output token", $"e_net = E_net x {c.ReplicaGpusSymbol} / (B x output)",
            CycleEnergy.PerOutputToken(cycle, c.GpusPerReplica, outputTokens),
            In("E_net", cycle), In(c.ReplicaGpusSymbol, Quantity.Count(c.GpusPerReplica)), In("B x output", Quantity.TokenCount(outputTokens)));
        return new NetworkEnergyFigures(power, perToken) { StepEnergy = step, PrefillEnergy = prefillEnergy };
    }
}

using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// The collectives of one pipeline stage's forward pass: an all-reduce over the TP group after each layer's attention
/// and after each dense FFN (and after each MoE layer without expert parallelism), and with expert parallelism an
/// all-to-all dispatch and combine per MoE layer over the stage's GPUs. Each runs over the link its GPUs share
/// (<see cref="GroupLink"/>).
/// </summary>
public static class ForwardPassCommunication
{
    /// <summary>Bytes one all-reduce carries for a pass over <paramref name="tokens"/> tokens spread over <paramref name="groups"/> attention groups: tokens / groups x d x 2 B.</summary>
    public static Bytes Payload(ScenarioContext c, double tokens, double groups = 1) =>
        new(tokens / groups * c.Profile.Architecture.HiddenSize * ScenarioContext.ActivationBytesPerValue);

    /// <summary>The algorithm the stack picks for one all-reduce of the pass, and its time.</summary>
    public static AllReduceChoice AllReduce(ScenarioContext c, double tokens, double groups = 1)
    {
        var link = GroupLink.For(c, c.CollectiveGroup);
        return TensorParallelCommunication.Fastest(Payload(c, tokens, groups), c.CollectiveGroup, link.Bandwidth, link.Latency, link.Fabric);
    }

    /// <summary>All-reduces in the stage's pass (each free when TP = 1): one per layer after attention, one per dense FFN, one per MoE FFN without expert parallelism.</summary>
    public static double AllReduces(ScenarioContext c)
    {
        var moe = MoeLayersInStage(c);
        return c.StageLayers + (c.StageLayers - moe) + (c.Layout.AllToAllGroup > 1 || c.AttentionGroups > 1 ? 0 : moe);
    }

    /// <summary>
    /// MoE all-reduces over the whole stage in the pass: with attention groups and no expert parallelism every expert is
    /// split over all the stage's GPUs, so each MoE layer gathers the tokens of every group and reduces the outputs over
    /// the stage (an all-gather and a reduce-scatter: an all-reduce's bytes); 0 otherwise.
    /// </summary>
    public static double ExpertAllReduces(ScenarioContext c) =>
        c.Layout.AllToAllGroup == 1 && c.AttentionGroups > 1 ? MoeLayersInStage(c) : 0;

    /// <summary>One MoE all-reduce over the stage's GPUs for a pass over <paramref name="tokens"/> tokens (all groups' tokens).</summary>
    public static AllReduceChoice ExpertAllReduce(ScenarioContext c, double tokens)
    {
        var group = c.Layout.ExpertAllReduceGroup;
        var link = GroupLink.For(c, group);
        return TensorParallelCommunication.Fastest(Payload(c, tokens), group, link.Bandwidth, link.Latency, link.Fabric);
    }

    /// <summary>All-to-alls in the stage's pass: a dispatch and a combine per MoE layer with expert parallelism, else 0.</summary>
    public static double AllToAlls(ScenarioContext c) => c.Layout.AllToAllGroup > 1 ? 2 * MoeLayersInStage(c) : 0;

    /// <summary>
    /// Bytes each GPU sends in one dispatch (or combine) of <paramref name="tokens"/> tokens over the stage's G GPUs: each
    /// GPU starts with tokens / G of them and sends each once to every GPU holding one of its k experts (the dispatch
    /// kernels, DeepEP's and TensorRT-LLM's, send a token once per destination GPU and expand it there), which under
    /// uniform routing is n_dest = G x (1 - (1 - 1/G)^k) GPUs, (G - 1) / G of them other GPUs:
    /// tokens / G x n_dest x d x 2 B x (G - 1) / G.
    /// </summary>
    public static Bytes AllToAllBytes(ScenarioContext c, double tokens)
    {
        var g = (double)c.Layout.AllToAllGroup;
        return g <= 1 ? Bytes.Zero : new Bytes(tokens / g * DestinationsPerToken(c) * c.Profile.Architecture.HiddenSize * ScenarioContext.ActivationBytesPerValue * (g - 1) / g);
    }

    /// <summary>
    /// Time of one dispatch (or combine): alpha + skew x max(in-domain bytes / BW_up, out-of-domain bytes / BW_out). Each
    /// GPU sends 1 / G of its token copies to each peer; peers in its scale-up domain over the scale-up link, the others
    /// over its NIC; the busiest GPU receives skew times the mean and paces the group.
    /// </summary>
    public static Seconds AllToAllTime(ScenarioContext c, double tokens)
    {
        var g = c.Layout.AllToAllGroup;
        if (g <= 1)
        {
            return Seconds.Zero;
        }

        var link = c.Accelerator.Interconnect;
        var fraction = c.Accelerator.Efficiency.LinkFraction;
        var perPeer = new Bytes(tokens / g * DestinationsPerToken(c) * c.Profile.Architecture.HiddenSize * ScenarioContext.ActivationBytesPerValue / g);
        var inDomain = Math.Min(g, link.ScaleUpDomain) - 1;
        var outOfDomain = Math.Max(0, g - link.ScaleUpDomain);
        var up = perPeer * inDomain / (link.ScaleUpBandwidth * fraction);
        var outTime = outOfDomain == 0 ? Seconds.Zero : perPeer * outOfDomain / (GroupLink.ScaleOutBandwidth(c) * fraction);
        return GroupLink.For(c, g).Latency + (Seconds.Max(up, outTime) * c.ExpertSkew);
    }

    /// <summary>Time of the stage's collectives for a pass over <paramref name="tokens"/> tokens spread over <paramref name="groups"/> attention groups.</summary>
    public static Seconds Time(ScenarioContext c, double tokens, double groups = 1) =>
        (c.CollectiveGroup <= 1 ? Seconds.Zero : AllReduce(c, tokens, groups).Time * AllReduces(c))
        + (AllToAllTime(c, tokens) * AllToAlls(c))
        + (ExpertAllReduces(c) > 0 ? ExpertAllReduce(c, tokens).Time * ExpertAllReduces(c) : Seconds.Zero);

    /// <summary>
    /// Bytes each GPU sends in the pass (for the link energy): the all-reduces, each by the algorithm <see cref="AllReduce"/>
    /// picks (<see cref="TensorParallelCommunication.BytesSentPerGpu"/>), and the all-to-alls.
    /// </summary>
    public static Bytes Sent(ScenarioContext c, double tokens, double groups = 1) =>
        (c.CollectiveGroup <= 1
            ? Bytes.Zero
            : TensorParallelCommunication.BytesSentPerGpu(Payload(c, tokens, groups), c.CollectiveGroup, AllReduce(c, tokens, groups).Algorithm) * AllReduces(c))
        + (AllToAllBytes(c, tokens) * AllToAlls(c))
        + ExpertAllReduceSent(c, tokens);

    /// <summary>
    /// The part of <see cref="Sent"/> that crosses the scale-out network: all of the all-reduces when the TP group spans
    /// scale-up domains, and the all-to-all copies bound for GPUs outside the sender's domain.
    /// </summary>
    public static Bytes SentOverScaleOut(ScenarioContext c, double tokens, double groups = 1)
    {
        var domain = c.Accelerator.Interconnect.ScaleUpDomain;
        var allReduce = c.CollectiveGroup > domain
            ? TensorParallelCommunication.BytesSentPerGpu(Payload(c, tokens, groups), c.CollectiveGroup, AllReduce(c, tokens, groups).Algorithm) * AllReduces(c)
            : Bytes.Zero;
        var g = c.Layout.AllToAllGroup;
        var allToAll = g > domain ? AllToAllBytes(c, tokens) * AllToAlls(c) * ((double)(g - domain) / (g - 1)) : Bytes.Zero;
        var expert = c.Layout.ExpertAllReduceGroup > domain ? ExpertAllReduceSent(c, tokens) : Bytes.Zero;
        return allReduce + allToAll + expert;
    }

    /// <summary>Time and bytes sent per GPU for a pass over <paramref name="tokens"/> tokens spread over <paramref name="groups"/> attention groups, recorded.</summary>
    public static (Seconds Time, Bytes Sent) Of(ScenarioContext c, double tokens, Derivation d, double groups = 1)
    {
        var shared = GroupLink.For(c, c.CollectiveGroup);
        var fabric = shared.Fabric;
        var payload = d.Step(
            "All-reduce payload",
            groups > 1 ? "S = tokens / attention groups x d x 2 B" : "S = tokens x d x 2 B",
            Payload(c, tokens, groups),
            In("tokens", Quantity.TokenCount(tokens)),
            In("d", Quantity.Number(c.Profile.Architecture.HiddenSize)));
        var choice = AllReduce(c, tokens, groups);
        var bandwidth = shared.Bandwidth;
        var latency = shared.Latency;
        if (c.CollectiveGroup > 1)
        {
            var tp = c.CollectiveGroup;
            if (shared.CrossesDomains)
            {
                d.Step("TP group spans scale-up domains", "TP > scale-up domain: the all-reduce runs as a ring or a tree over the scale-out NIC, each step paying the network's latency",
                    Quantity.Count(tp), In("scale-up domain", Quantity.Count(c.Accelerator.Interconnect.ScaleUpDomain)),
                    In("BW_out", GroupLink.ScaleOutBandwidth(c)), In("alpha_step,net", GroupLink.ScaleOutStepLatency(c)));
            }

            d.Step("Ring all-reduce time", "t_ring = alpha + 2(TP-1) x alpha_step + 2(TP-1)/TP x S / BW_link'",
                TensorParallelCommunication.RingTime(payload, tp, bandwidth, latency, fabric.RingStepLatency),
                In("alpha", latency), In("alpha_step", fabric.RingStepLatency), In("TP", Quantity.Count(tp)), In("S", payload),
                In("BW_link'", bandwidth));
            if (fabric.PeerAllReduce)
            {
                d.Step("One-shot all-reduce time", "t_1shot = alpha + (TP-1) x S / BW_link'",
                    TensorParallelCommunication.OneShotTime(payload, tp, bandwidth, latency),
                    In("alpha", latency), In("TP", Quantity.Count(tp)), In("S", payload), In("BW_link'", bandwidth));
                d.Step("Two-shot all-reduce time", "t_2shot = 2 alpha + 2(TP-1)/TP x S / BW_link'",
                    TensorParallelCommunication.TwoShotTime(payload, tp, bandwidth, latency),
                    In("alpha", latency), In("TP", Quantity.Count(tp)), In("S", payload), In("BW_link'", bandwidth));
            }

            if (fabric.TreeAllReduce)
            {
                d.Step("Tree all-reduce time", "t_tree = alpha + 2 ceil(log2 TP) x alpha_step + 2 x S / BW_link'",
                    TensorParallelCommunication.TreeTime(payload, tp, bandwidth, latency, fabric.RingStepLatency),
                    In("alpha", latency), In("alpha_step", fabric.RingStepLatency), In("TP", Quantity.Count(tp)), In("S", payload), In("BW_link'", bandwidth));
            }

            if (fabric.InSwitchReduction)
            {
                d.Step("In-switch (NVLS) all-reduce time", "t_nvls = alpha + alpha_switch + S / BW_link'",
                    TensorParallelCommunication.InSwitchTime(payload, tp, bandwidth, latency, fabric.InSwitchLatency),
                    In("alpha", latency), In("alpha_switch", fabric.InSwitchLatency), In("S", payload), In("BW_link'", bandwidth));
            }
        }

        if (c.Layout.AllToAllGroup > 1)
        {
            return (RecordExpertParallel(c, tokens, groups, choice, d), Sent(c, tokens, groups));
        }

        if (ExpertAllReduces(c) > 0)
        {
            var expert = ExpertAllReduce(c, tokens);
            d.Step("MoE all-reduce over the stage (attention groups, experts split over every GPU)",
                $"t_moe = alpha + fastest all-reduce of tokens x d x 2 B over G = TP x attention groups (chosen: {Name(expert.Algorithm)})",
                expert.Time, In("tokens (all attention groups)", Quantity.TokenCount(tokens)), In("G", Quantity.Count(c.Layout.ExpertAllReduceGroup)));
            var total = d.Step("Communication time",
                "t_comm = all-reduces x t_allreduce (attention and dense FFNs, over TP) + MoE layers in the stage x t_moe",
                Time(c, tokens, groups),
                In("all-reduces", Quantity.Count(AllReduces(c))), In("t_allreduce", choice.Time),
                In("MoE layers", Quantity.Count(ExpertAllReduces(c))), In("t_moe", expert.Time));
            return (total, Sent(c, tokens, groups));
        }

        var time = d.Step(
            "Tensor-parallel communication time",
            c.StageLayers == c.Profile.Architecture.LayerCount
                ? $"t_comm = 2L x min over the fabric's algorithms (chosen: {Name(choice.Algorithm)}), 0 when TP = 1"
                : $"t_comm = 2 x ceil(L / PP) x min over the fabric's algorithms (chosen: {Name(choice.Algorithm)}), 0 when TP = 1",
            Time(c, tokens, groups),
            In(c.StageLayers == c.Profile.Architecture.LayerCount ? "2L" : "2 x ceil(L / PP)", Quantity.Count(AllReduces(c))),
            In("t_allreduce", choice.Time),
            In("BW_link", c.Accelerator.Interconnect.ScaleUpBandwidth),
            In("f_link", Quantity.Share(c.Accelerator.Efficiency.LinkFraction)));
        return (time, Sent(c, tokens, groups));
    }

    /// <summary>The name of an algorithm as the derivation shows it.</summary>
    public static string Name(AllReduceAlgorithm algorithm) => algorithm switch
    {
        AllReduceAlgorithm.Ring => "ring",
        AllReduceAlgorithm.OneShot => "one-shot",
        AllReduceAlgorithm.TwoShot => "two-shot",
        AllReduceAlgorithm.InSwitch => "in-switch (NVLS)",
        AllReduceAlgorithm.Tree => "tree",
        _ => "none",
    };

    private static Seconds RecordExpertParallel(ScenarioContext c, double tokens, double groups, AllReduceChoice choice, Derivation d)
    {
        var g = c.Layout.AllToAllGroup;
        var link = c.Accelerator.Interconnect;
        var bytes = d.Step(
            "All-to-all bytes per GPU (one dispatch or combine)",
            "S_a2a = tokens / G x n_dest x d x 2 B x (G - 1) / G, n_dest = G x (1 - (1 - 1/G)^k) (a token goes once to each GPU holding one of its experts)",
            AllToAllBytes(c, tokens),
            In("tokens (all attention groups)", Quantity.TokenCount(tokens)),
            In("G = TP x attention groups", Quantity.Count(g)),
            In("k", Quantity.Count(c.ExpertsPerToken)),
            In("n_dest", Quantity.Number(DestinationsPerToken(c))),
            In("d", Quantity.Number(c.Profile.Architecture.HiddenSize)));
        var a2a = d.Step(
            "All-to-all time (one dispatch or combine)",
            "t_a2a = alpha + skew x max(S_a2a x in-domain peers / (G - 1) / BW_up', S_a2a x out-of-domain peers / (G - 1) / BW_out')",
            AllToAllTime(c, tokens),
            In("S_a2a", bytes),
            In("in-domain peers", Quantity.Count(Math.Min(g, link.ScaleUpDomain) - 1)),
            In("out-of-domain peers", Quantity.Count(Math.Max(0, g - link.ScaleUpDomain))),
            In("BW_up", link.ScaleUpBandwidth),
            In("BW_out", GroupLink.ScaleOutBandwidth(c)),
            In("f_link", Quantity.Share(c.Accelerator.Efficiency.LinkFraction)),
            In("skew", Quantity.Number(c.ExpertSkew)),
            In("alpha", GroupLink.For(c, g).Latency));
        return d.Step(
            "Expert-parallel communication time",
            $"t_comm = all-reduces x t_allreduce (chosen: {Name(choice.Algorithm)}; after attention and dense FFNs) + 2 x MoE layers in the stage x t_a2a",
            Time(c, tokens, groups),
            In("all-reduces", Quantity.Count(AllReduces(c))),
            In("t_allreduce", choice.Time),
            In("all-to-alls", Quantity.Count(AllToAlls(c))),
            In("t_a2a", a2a));
    }

    private static Bytes ExpertAllReduceSent(ScenarioContext c, double tokens) =>
        ExpertAllReduces(c) > 0
            ? TensorParallelCommunication.BytesSentPerGpu(Payload(c, tokens), c.Layout.ExpertAllReduceGroup, ExpertAllReduce(c, tokens).Algorithm) * ExpertAllReduces(c)
            : Bytes.Zero;

    private static double MoeLayersInStage(ScenarioContext c) => c.Profile.MoeLayers * c.LayerShare;

    /// <summary>GPUs of the all-to-all group one token is sent to under uniform routing: G x (1 - (1 - 1/G)^k).</summary>
    public static double DestinationsPerToken(ScenarioContext c)
    {
        double g = c.Layout.AllToAllGroup;
        return g * (1 - Math.Pow(1 - (1 / g), c.ExpertsPerToken));
    }
}

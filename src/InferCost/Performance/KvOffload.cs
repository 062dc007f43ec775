using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// KV beyond HBM kept in a slower tier (host DRAM, or the offload NVMe) and streamed back every decode step. The batch's
/// KV fills the HBM left after the weights and workspace first; the rest, a share s of every request's KV, lives in the
/// tier, and each step streams that share of the KV it reads at the tier's bandwidth: the host link for DRAM (PCIe Gen5 x16,
/// or NVLink-C2C), the drives' read bandwidths added up and capped by the host link for NVMe. The stream is prefetched layer
/// by layer while the GPU runs the previous layer's kernels (FlexGen, Sheng et al. 2023; KVPR, arXiv 2411.17089: offloading
/// systems overlap the PCIe transfer with GPU computation), so a step takes the longer of its kernels and its stream.
/// </summary>
public static class KvOffload
{
    /// <summary>The tier's capacity per GPU: the DRAM given for KV, or the offload NVMe (offload-tb); zero without offload.</summary>
    public static Bytes Capacity(Scenario s) => s.Offload.Tier switch
    {
        OffloadTier.Dram => new Bytes(s.Offload.DramGigabytes * 1e9),
        OffloadTier.Nvme => new Bytes(s.Finance.Storage.OffloadTerabytes * 1e12),
        _ => Bytes.Zero,
    };

    /// <summary>The bandwidth the tier streams KV to one GPU at: the host link (DRAM), or min(drives x read per drive, host link) (NVMe).</summary>
    public static BytesPerSecond Bandwidth(Scenario s)
    {
        var tiers = s.Offload.Catalog;
        if (tiers is null || s.Offload.Tier == OffloadTier.None)
        {
            return BytesPerSecond.Zero;
        }

        var link = tiers.HostLink(s.Accelerator);
        return s.Offload.Tier == OffloadTier.Dram ? link : BytesPerSecond.Min(tiers.Nvme.Read * s.Offload.NvmeDrives, link);
    }

    /// <summary>
    /// Share of the batch's KV that lives in the tier: s = max(0, B x KV_req - (M_usable - W_gpu - A)) / (B x KV_req).
    /// </summary>
    public static double SpilledShare(Bytes freeHbm, Bytes kvPerRequest, double batch)
    {
        var all = kvPerRequest * batch;
        return all.Value <= 0 ? 0 : Math.Max(0, (all - Bytes.Max(freeHbm, Bytes.Zero)) / all);
    }

    /// <summary>Time to stream the spilled share of a step's KV reads: t_offload = s x KV_step / BW_tier (zero when nothing spills).</summary>
    public static Seconds StreamTime(Bytes kvStep, double spilledShare, BytesPerSecond bandwidth) =>
        spilledShare <= 0 || bandwidth.Value <= 0 ? Seconds.Zero : (kvStep * spilledShare) / bandwidth;

    /// <summary>HBM per GPU left for KV: M_usable - W_gpu - A.</summary>
    public static Bytes FreeHbm(ScenarioContext c) => MemoryPlanner.Usable(c) - MemoryPlanner.WeightsPerGpu(c) - MemoryPlanner.Workspace(c);

    /// <summary>The stream time of a decode step of <paramref name="batch"/> requests of <paramref name="context"/> tokens (input + output) reading <paramref name="kvStep"/>.</summary>
    public static Seconds StreamTime(ScenarioContext c, double batch, double context, Bytes kvStep) =>
        c.Scenario.Offload.Tier == OffloadTier.None
            ? Seconds.Zero
            : StreamTime(kvStep, SpilledShare(FreeHbm(c), MemoryPlanner.KvPerRequest(c, context), batch), Bandwidth(c.Scenario));

    /// <summary>Computes the stream time with the same functions and records each figure (nothing without offload).</summary>
    public static Seconds Record(ScenarioContext c, double batch, double context, Bytes kvStep, Derivation d)
    {
        var s = c.Scenario;
        if (s.Offload.Tier == OffloadTier.None)
        {
            return Seconds.Zero;
        }

        var free = d.Step("HBM per GPU left for KV", "M_kv = M_usable - W_gpu - A", FreeHbm(c),
            In("M_usable", MemoryPlanner.Usable(c)), In("W_gpu", MemoryPlanner.WeightsPerGpu(c)), In("A", MemoryPlanner.Workspace(c)));
        var kvRequest = MemoryPlanner.KvPerRequest(c, context);
        var spilled = SpilledShare(free, kvRequest, batch);
        var share = d.Step("Share of the batch's KV in the offload tier", "s = max(0, B x KV_req - M_kv) / (B x KV_req)",
            Quantity.Share(spilled),
            In("B", Quantity.Count(batch)), In("KV_req", kvRequest), In("M_kv", free));
        var tiers = s.Offload.Catalog!;
        var link = tiers.HostLink(s.Accelerator);
        var bandwidth = s.Offload.Tier == OffloadTier.Dram
            ? d.Step($"Offload bandwidth (host DRAM over {tiers.HostLinkName(s.Accelerator)})", "BW_tier = host link per direction", Bandwidth(s),
                In(tiers.HostLinkName(s.Accelerator), link))
            : d.Step($"Offload bandwidth (NVMe, {tiers.Nvme.Name})", "BW_tier = min(drives x read per drive, host link)", Bandwidth(s),
                In("drives", Quantity.Count(s.Offload.NvmeDrives)), In("read per drive", tiers.Nvme.Read), In(tiers.HostLinkName(s.Accelerator), link));
        return d.Step("KV stream from the offload tier per step", "t_offload = s x KV_step / BW_tier (prefetched layer by layer, overlapping the kernels)",
            StreamTime(kvStep, spilled, bandwidth), In("s", Quantity.Share(share)), In("KV_step", kvStep), In("BW_tier", bandwidth));
    }

    /// <summary>
    /// NVMe endurance: each request writes the share of its KV that spills to the drives once, so a GPU writes
    /// s x KV_req x requests per productive day; the drives are rated for offload-tb x drive writes per day. Records both
    /// and warns when the writes exceed the rating (nothing for other tiers, or when nothing spills).
    /// </summary>
    public static void CheckEndurance(ScenarioContext c, int batch, TokensPerSecond systemOutputRate, Derivation d)
    {
        var s = c.Scenario;
        if (s.Offload.Tier != OffloadTier.Nvme || s.Offload.Catalog is not { } tiers)
        {
            return;
        }

        var kvRequest = MemoryPlanner.KvPerRequest(c, (double)s.InputTokens + s.OutputTokens);
        var share = SpilledShare(FreeHbm(c), kvRequest, batch);
        if (share <= 0)
        {
            return;
        }

        var requestsPerDay = systemOutputRate.Value / s.OutputTokens / s.Gpus * 86_400 * s.Finance.Utilisation;
        var written = d.Step("KV written to NVMe per GPU per day", "W_day = s x KV_req x requests per GPU per day (output rate / output tokens / GPUs x 86,400 s x u)",
            kvRequest * share * requestsPerDay,
            In("s", Quantity.Share(share)), In("KV_req", kvRequest), In("requests per GPU per day", Quantity.Number(requestsPerDay)));
        var rated = d.Step("NVMe writes per GPU per day the drives are rated for", "W_rated = offload-tb x DWPD",
            KvOffload.Capacity(s) * tiers.Nvme.DriveWritesPerDay,
            In("offload-tb", KvOffload.Capacity(s)), In("DWPD", Quantity.Number(tiers.Nvme.DriveWritesPerDay)));
        if (written > rated)
        {
            d.Warn("nvme-endurance", WarningSeverity.Caution, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"KV offload writes {written.Value / 1e12:0.0} TB per GPU per day to NVMe rated for {rated.Value / 1e12:0.0} TB per day (drive writes per day {tiers.Nvme.DriveWritesPerDay:0.##}): the drives would wear out before their rated life; more offload NVMe (offload-tb) spreads the writes, DRAM offload avoids them."));
        }
    }
}

using System.Collections.Immutable;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Economics;

/// <summary>
/// Builds the $/productive-GPU-hour stack: GPU and rack capital over life x utilisation, GPU energy
/// (active power while producing, idle power otherwise), the host's share of the system's power (CPUs, memory, NICs,
/// fans, power-supply losses), facility overhead via PUE on all the IT power (once: the PUE's layers are facility
/// equipment only, never IT gear), NAND, network gear, and labour and software as a share of the rest.
/// </summary>
public static class GpuHourCostModel
{
    /// <summary>
    /// The stack for a GPU that draws <paramref name="activePower"/> on average while producing tokens, and whose traffic
    /// draws <paramref name="networkPower"/> outside its board (<see cref="NetworkEnergyModel"/>).
    /// </summary>
    public static GpuHourBreakdown Breakdown(in GpuHourInputs i, Watts activePower, Watts networkPower = default)
    {
        var u = i.Utilisation;
        var price = i.PowerPrice;
        var productive = CapitalCost.ProductiveTime(i.LifeYears, u);
        var gpuCapital = CapitalCost.PerProductiveHour(i.GpuPrice, productive);
        var rackCapital = CapitalCost.PerProductiveHour(i.RackOverhead, productive);
        var gpuPower = PowerCost.PerProductiveHour(activePower, i.IdlePower, u);
        var gpuEnergy = gpuPower * price;
        var hostActive = HostPower.PerGpu(i.HostAtMax, i.HostIdleFraction, activePower, i.IdlePower, i.Tdp);
        var hostPower = PowerCost.PerProductiveHour(hostActive, i.HostAtMax * i.HostIdleFraction, u);
        var hostEnergy = hostPower * price;
        var storagePower = i.StoragePower / u;
        var storage = CapitalCost.PerProductiveHour(i.DrivesCapital, productive) + (storagePower * price);
        var nicPower = i.NicPower / u;
        var network = CapitalCost.PerProductiveHour(i.NetworkGear, productive) + (nicPower * price);
        var offloadPower = i.OffloadPower / u;
        var kvOffload = CapitalCost.PerProductiveHour(i.OffloadCapital, productive) + (offloadPower * price);
        var itPower = gpuPower + hostPower + storagePower + nicPower + offloadPower;
        var facility = itPower * price * (i.Pue - 1);
        var networkEnergy = NetworkEnergy.PerProductiveHour(networkPower, price, i.Pue);
        var infrastructure = gpuCapital + rackCapital + gpuEnergy + hostEnergy + facility + storage + network + networkEnergy + kvOffload;
        var labour = infrastructure * i.LabourShare;
        return new GpuHourBreakdown(
            productive, gpuCapital, rackCapital, gpuPower, gpuEnergy, hostPower, hostEnergy, storagePower, storage, nicPower, network,
            itPower, facility, infrastructure, labour, infrastructure + labour)
        {
            NetworkPower = networkPower,
            NetworkEnergy = networkEnergy,
            KvOffload = kvOffload,
            OffloadPower = offloadPower,
        };
    }

    /// <summary>Computes the stack with <see cref="Breakdown"/> and records every layer.</summary>
    public static GpuHourCost Evaluate(Scenario s, Watts activePower, Watts networkPower, Derivation d)
    {
        d.Section = "Cost per GPU-hour";
        var f = s.Finance;
        var u = f.Utilisation;
        var price = s.Facility.PowerPrice;
        var k = Breakdown(GpuHourInputs.Of(s), activePower, networkPower);
        var productive = d.Step("Productive hours over life", "H = life x 8,760 h x u",
            new Quantity(k.ProductiveTime.Hours, Unit.Hours),
            In("life (years)", Quantity.Number(f.LifeYears)), In("u", Quantity.Share(u)));
        var gpuCapital = d.Step("GPU capital", "C_gpu = capex / H", k.GpuCapital,
            In("capex", f.GpuPrice), In("H", new Quantity(productive, Unit.Hours)));
        var rackCapital = d.Step("Rack and system capital", "C_rack = rack overhead / H", k.RackCapital,
            In("rack overhead", f.RackOverheadPerGpu), In("H", new Quantity(productive, Unit.Hours)));
        var gpuPower = d.Step("GPU power per productive hour", "P_gpu = P_active + P_idle x (1 - u) / u", k.GpuPower,
            In("P_active", activePower), In("P_idle", s.Accelerator.Power.Idle), In("u", Quantity.Share(u)));
        var gpuEnergy = d.Step("GPU energy", "C_energy = P_gpu x price", k.GpuEnergy,
            In("P_gpu", gpuPower), In("price", price));
        var i = GpuHourInputs.Of(s);
        var platform = s.Accelerator.Platform;
        var hostAtMax = d.Step($"Host power per GPU at the system's maximum ({platform.System})", "P_host,max = (P_system - n x TDP) / n", i.HostAtMax,
            In("P_system", platform.SystemPower), In("n", Quantity.Count(platform.GpusPerSystem)), In("TDP", s.Accelerator.Power.Tdp));
        var load = d.Step("GPU load while producing", "a = (P_active - P_idle) / (TDP - P_idle)",
            Quantity.Share(HostPower.GpuLoad(activePower, s.Accelerator.Power.Idle, s.Accelerator.Power.Tdp)),
            In("P_active", activePower), In("P_idle", s.Accelerator.Power.Idle), In("TDP", s.Accelerator.Power.Tdp));
        var hostActive = d.Step("Host power per GPU while producing", "P_host = P_host,max x (k + (1 - k) x a)",
            HostPower.PerGpu(i.HostAtMax, i.HostIdleFraction, activePower, s.Accelerator.Power.Idle, s.Accelerator.Power.Tdp),
            In("P_host,max", hostAtMax), In("k (host idle fraction)", Quantity.Share(i.HostIdleFraction)), In("a", Quantity.Share(load)));
        var hostPower = d.Step("Host power per productive hour", "P_host,avg = P_host + k x P_host,max x (1 - u) / u", k.HostPower,
            In("P_host", hostActive), In("k x P_host,max", i.HostAtMax * i.HostIdleFraction), In("u", Quantity.Share(u)));
        var hostEnergy = d.Step("Host energy", "C_host = P_host,avg x price", k.HostEnergy,
            In("P_host,avg", hostPower), In("price", price));
        var st = f.Storage;
        var drives = d.Step("Drives capex per GPU", "local TB x $/GB + offload TB x $/GB + networked TB x $/GB (x 1,000 GB/TB)", st.Capital,
            In("local TB", Quantity.Number(st.LocalTerabytes)), In("local $/GB", new Quantity(st.LocalUsdPerGigabyte, Unit.Dollars)),
            In("offload TB", Quantity.Number(st.OffloadTerabytes)), In("offload $/GB", new Quantity(st.OffloadUsdPerGigabyte, Unit.Dollars)),
            In("networked TB", Quantity.Number(st.NetworkedTerabytes)), In("networked $/GB", new Quantity(st.NetworkedUsdPerGigabyte, Unit.Dollars)));
        var storage = d.Step("Storage (NAND)", "C_nand = drives capex / H + P_drives / u x price", k.Storage,
            In("drives capex", drives), In("P_drives", f.Storage.Power), In("price", price));
        var network = d.Step($"Network (gear: {FabricNames(s)})", "C_net = network gear / H + P_nic / u x price", k.Network,
            In("network gear", f.NetworkGearPerGpu), In("P_nic", f.NicPower), In("price", price));
        var networkEnergy = d.Step("Network energy (traffic, outside the board)", "C_net,energy = P_net x price x PUE", k.NetworkEnergy,
            In("P_net", networkPower), In("price", price), In("PUE", Quantity.Number(s.Facility.Pue)));
        var offloaded = s.Offload.Tier != OffloadTier.None;
        var kvOffload = offloaded
            ? d.Step("KV offload tier", "C_offload = tier capex / H + P_tier / u x price (DRAM bought for KV, or the streaming NVMe drives' active power; the drives' capital is in the storage line)",
                k.KvOffload, In("tier capex", i.OffloadCapital), In("P_tier", i.OffloadPower), In("u", Quantity.Share(u)), In("price", price))
            : k.KvOffload;
        var itPower = offloaded
            ? d.Step("IT power per GPU", "P_IT = P_gpu + P_host,avg + P_drives / u + P_nic / u + P_tier / u", k.ItPower,
                In("P_gpu", gpuPower), In("P_host,avg", hostPower), In("P_drives / u", k.StoragePower), In("P_nic / u", k.NicPower), In("P_tier / u", k.OffloadPower))
            : d.Step("IT power per GPU", "P_IT = P_gpu + P_host,avg + P_drives / u + P_nic / u", k.ItPower,
                In("P_gpu", gpuPower), In("P_host,avg", hostPower), In("P_drives / u", k.StoragePower), In("P_nic / u", k.NicPower));
        var facility = d.Step("Facility overhead (PUE, on all IT power once)", "C_facility = P_IT x price x (PUE - 1)", k.Facility,
            In("P_IT", itPower), In("price", price), In("PUE", Quantity.Number(s.Facility.Pue)));
        var labour = d.Step("Labour and software", offloaded ? "C_labour = share x (capital + GPU and host energy + facility + storage + network + network energy + offload tier)" : "C_labour = share x (capital + GPU and host energy + facility + storage + network + network energy)", k.Labour,
            In("share", Quantity.Share(f.LabourShare)), In("infrastructure", k.Infrastructure));
        var total = d.Step("Cost per productive GPU-hour", "C = sum of the layers", k.Total,
            In("infrastructure", k.Infrastructure), In("labour", labour));

        var layers = s.Facility.OverheadLayers;
        var weights = layers.Sum(l => l.Weight);
        var facilityLayers = layers.Select(l =>
        {
            var fraction = d.Step($"Facility layer {l.Id}: fraction of IT load", "f = (PUE - 1) x w / sum of w",
                Quantity.Share(weights > 0 ? (s.Facility.Pue - 1) * l.Weight / weights : 0),
                In("PUE", Quantity.Number(s.Facility.Pue)), In("w", Quantity.Number(l.Weight)), In("sum of w", Quantity.Number(weights)));
            var power = d.Step($"Facility layer {l.Id}: power", "P = P_IT x f", itPower * fraction, In("P_IT", itPower), In("f", Quantity.Share(fraction)));
            return new FacilityLayerLoad(l.Id, l.Name, power, fraction);
        }).ToImmutableArray();

        return new GpuHourCost(
            total,
            [
                ("gpu-capital", "GPU capital", gpuCapital),
                ("rack-capital", "Rack and system capital", rackCapital),
                ("gpu-energy", "GPU energy", gpuEnergy),
                ("host-energy", "Host energy (CPUs, memory, NICs, fans)", hostEnergy),
                ("facility", "Facility overhead (PUE)", facility),
                ("storage", "Storage (NAND)", storage),
                ("network", "Network", network),
                ("network-energy", "Network energy", networkEnergy),
                .. offloaded ? [("kv-offload", "KV offload tier", kvOffload)] : Array.Empty<(string, string, DollarsPerHour)>(),
                ("labour", "Labour and software", labour),
            ],
            itPower,
            gpuPower,
            hostPower,
            facilityLayers);
    }

    // The fabrics whose gear is the network layer's default (the user's network-capex and nic-power replace it).
    private static string FabricNames(Scenario s) => s.ScaleUpFabric is { } up && s.ScaleOutFabric is { } outward ? $"{up.Id} + {outward.Id}" : "catalog default";
}

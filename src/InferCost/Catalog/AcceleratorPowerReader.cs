using System.Collections.Immutable;
using System.Globalization;
using InferCost.Architecture;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>Reads an accelerator file's memory:, energy: and platform: sections (the figures of the power and memory physics).</summary>
internal static class AcceleratorPowerReader
{
    // The driver's total may differ from the datasheet's figure read as decimal GB by the GB/GiB factor (7.4%) and a
    // reserve; more than 15% apart is a typo in one of them.
    private const double CapacityTolerance = 0.15;

    /// <summary>memory: capacityGB (the datasheet's figure), capacityMiB (the driver's total), bandwidthTBps, energyPjPerBit.</summary>
    public static MemorySpec? ReadMemory(YamlFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var datasheet = r.Number("capacityGB", 1, 10_000, "the datasheet's figure, in GB as printed");
        var errorsBefore = r.ErrorCount;
        var mebibytes = r.Number("capacityMiB", 1_024, 10_000_000, "MiB, the total the driver reports (nvidia-smi memory.total)");
        var bandwidth = r.Number("bandwidthTBps", 0.01, 1_000, "decimal TB/s");
        var energy = r.Number("energyPjPerBit", 0.01, 100, "pJ per bit");
        var capacity = new Bytes(mebibytes * 1024 * 1024);
        var printed = Bytes.FromGigabytes(datasheet);
        // Compared with the datasheet only when both were read: a missing or malformed total has its own error already.
        if (r.ErrorCount == errorsBefore && Math.Abs((capacity / printed) - 1) > CapacityTolerance)
        {
            r.Error("capacityMiB", string.Create(CultureInfo.InvariantCulture,
                $"must be within 15% of capacityGB ({datasheet} GB = {printed.Value / 1024 / 1024:0} MiB): the driver's total differs from the datasheet's figure by the GB/GiB factor and a small reserve, found {mebibytes} MiB."));
        }

        r.RejectUnknown();
        return new MemorySpec(capacity, BytesPerSecond.FromTerabytesPerSecond(bandwidth), JoulesPerByte.FromPicojoulesPerBit(energy), printed);
    }

    /// <summary>
    /// energy: computePjPerFlop (a figure for exactly the precisions under compute:), onChipPjPerByte, sramPjPerByte, linkPjPerBit.
    /// </summary>
    public static EnergySpec? ReadEnergy(YamlFieldReader? r, ImmutableDictionary<Precision, FlopsPerSecond>? compute)
    {
        if (r is null)
        {
            return null;
        }

        var perFlop = ImmutableDictionary.CreateBuilder<Precision, JoulesPerFlop>();
        if (r.Map("computePjPerFlop") is { } m)
        {
            foreach (var p in Enum.GetValues<Precision>())
            {
                var name = PrecisionFacts.Name(p);
                var supported = compute is null || compute.ContainsKey(p);
                var value = supported
                    ? m.Number(name, 0.001, 100, $"pJ per dense {name} FLOP; compute: lists {name}")
                    : m.OptionalNumber(name, 0.001, 100, $"pJ per dense {name} FLOP");
                if (!supported && value is not null)
                {
                    m.Error(name, $"has no dense {name} rate under compute:; give energy per FLOP only for the precisions compute: lists ({string.Join(", ", compute!.Keys.Order().Select(PrecisionFacts.Name))}).");
                }
                else if (supported)
                {
                    perFlop[p] = JoulesPerFlop.FromPicojoules(value!.Value);
                }
            }

            m.RejectUnknown();
        }

        var spec = new EnergySpec(
            perFlop.ToImmutable(),
            JoulesPerByte.FromPicojoulesPerByte(r.Number("onChipPjPerByte", 0, 1_000, "pJ per HBM byte carried from the memory interface to the SMs")),
            JoulesPerByte.FromPicojoulesPerByte(r.Number("sramPjPerByte", 0, 100, "pJ per byte")),
            JoulesPerByte.FromPicojoulesPerBit(r.Number("linkPjPerBit", 0, 100, "pJ per bit")));
        r.RejectUnknown();
        return spec;
    }

    /// <summary>platform: system, gpusPerSystem, systemPowerW (at the wall, maximum), hostIdleFraction.</summary>
    public static PlatformSpec? ReadPlatform(YamlFieldReader? r, PowerSpec? power)
    {
        if (r is null)
        {
            return null;
        }

        var spec = new PlatformSpec(
            r.Text("system"),
            r.Int("gpusPerSystem", 1, 100_000, "accelerators in one system"),
            new Watts(r.Number("systemPowerW", 1, 10_000_000, "watts at the wall, the system's maximum")),
            r.Number("hostIdleFraction", 0, 1, "share of the host's maximum drawn with the GPUs idle"));
        if (power is not null && spec.SystemPower <= power.Tdp * spec.GpusPerSystem)
        {
            r.Error("systemPowerW", string.Create(CultureInfo.InvariantCulture,
                $"must exceed gpusPerSystem x power.tdpW ({spec.GpusPerSystem} x {power.Tdp.Value} W = {spec.GpusPerSystem * power.Tdp.Value} W): the system's power includes its GPUs' and its host's, found {spec.SystemPower.Value} W."));
        }

        r.RejectUnknown();
        return spec;
    }
}

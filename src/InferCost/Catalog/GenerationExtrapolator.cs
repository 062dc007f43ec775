using System.Collections.Immutable;
using System.Globalization;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>
/// Builds the n-th generation after the last catalogued one: each rated figure = the last's x rate^n; what has no rate
/// (interconnect, efficiency factors, host, matrix unit, family) is the last's. Two figures are re-derived rather than
/// rated, by the rules the catalog's own entries follow, so that the power model stays inside the new TDP: the on-chip
/// energy per HBM byte ((TDP - idle) / bandwidth - HBM energy per byte - k_sram x SRAM energy per byte, k_sram the catalog's serving default) and the platform's
/// power (the last platform's host share per GPU kept, on top of the new TDP).
/// </summary>
public static class GenerationExtrapolator
{
    /// <summary>
    /// The extrapolated accelerator, or why the rates cannot make one (errors name the rate that breaks it);
    /// <paramref name="sramBytesPerHbmByte"/> is the SRAM traffic per HBM byte the power model charges (the catalog's serving default).
    /// </summary>
    public static Result<Accelerator> Extrapolate(Accelerator last, GenerationRates rates, int n, int year, string id, SourceRef source, double sramBytesPerHbmByte)
    {
        double K(GenerationFigure f) => Math.Pow(rates.Of(f), n);
        var tdp = last.Power.Tdp * K(GenerationFigure.Tdp);
        var idle = last.Power.Idle * K(GenerationFigure.IdlePower);
        if (idle >= tdp)
        {
            return Result.Fail<Accelerator>("scenario", "generation-rate." + GenerationFigures.Id(GenerationFigure.IdlePower), Text(
                $"at {rates.Of(GenerationFigure.IdlePower)} per generation against TDP's {rates.Of(GenerationFigure.Tdp)}, idle power reaches {idle.Value:0} W at generation +{n}, not below its TDP of {tdp.Value:0} W; an idle rate at or below the TDP rate keeps it below."), "out-of-range");
        }

        var memory = new MemorySpec(
            last.Memory.Capacity * K(GenerationFigure.HbmCapacity),
            last.Memory.Bandwidth * K(GenerationFigure.HbmBandwidth),
            last.Memory.AccessEnergy * K(GenerationFigure.EnergyPerBit),
            last.Memory.DatasheetCapacity * K(GenerationFigure.HbmCapacity));
        var dynamicPerByte = (tdp - idle).Value / memory.Bandwidth.Value;
        var onChip = dynamicPerByte - memory.AccessEnergy.Value - (sramBytesPerHbmByte * last.Energy.SramPerByte.Value);
        if (onChip < 0)
        {
            return Result.Fail<Accelerator>("scenario", "generation-rate." + GenerationFigures.Id(GenerationFigure.HbmBandwidth), Text(
                $"at these rates, streaming HBM at peak bandwidth at generation +{n} would take more than its power budget (TDP - idle = {(tdp - idle).Value:0} W); lower the hbm-bandwidth or energy-per-bit rate, or raise the tdp rate."), "out-of-range");
        }

        var compute = last.DenseCompute.ToImmutableDictionary(kv => kv.Key, kv => kv.Value * K(GenerationFigure.Compute));
        var energy = new EnergySpec(
            last.Energy.ComputePerFlop.ToImmutableDictionary(kv => kv.Key, kv => kv.Value * K(GenerationFigure.EnergyPerFlop)),
            new JoulesPerByte(onChip),
            last.Energy.SramPerByte,
            last.Energy.LinkPerByte);
        var hostShare = last.Platform.HostPowerAtMax(last.Power.Tdp);
        var platform = last.Platform with
        {
            System = $"{last.Platform.System}, extrapolated",
            SystemPower = (tdp + hostShare) * last.Platform.GpusPerSystem,
        };
        var accelerator = new Accelerator(
            id,
            Text($"Extrapolated generation +{n} after {last.Name}"),
            last.Vendor,
            year,
            Projected: true,
            last.Family,
            memory,
            compute,
            new PowerSpec(tdp, idle),
            last.Interconnect,
            energy,
            last.Price * K(GenerationFigure.Price),
            last.Efficiency,
            last.Host,
            Sources(last, rates, n, source),
            platform,
            last.MatrixUnit);
        return Result.Ok(accelerator);
    }

    private static ImmutableSortedDictionary<string, SourceRef> Sources(Accelerator last, GenerationRates rates, int n, SourceRef source)
    {
        string Rated(params GenerationFigure[] figures) => string.Join("; ", figures.Select(f =>
            Text($"{GenerationFigures.Id(f)} = {last.Id}'s x {rates.Of(f):0.####}^{n} ({rates.Rates[f].Basis})")));
        SourceRef Extrapolated(string what) => new(source.Reference, source.Date, "estimate: extrapolated, no product: " + what);
        SourceRef Kept(string group) => new(
            last.Sources.TryGetValue(group, out var s) ? s.Reference : source.Reference,
            source.Date,
            $"estimate: extrapolated generation keeps {last.Id}'s {group} figures.");
        var result = ImmutableSortedDictionary.CreateBuilder<string, SourceRef>(StringComparer.Ordinal);
        result["memory"] = Extrapolated(Rated(GenerationFigure.HbmBandwidth, GenerationFigure.HbmCapacity, GenerationFigure.EnergyPerBit));
        result["compute"] = Extrapolated(Rated(GenerationFigure.Compute));
        result["power"] = Extrapolated(Rated(GenerationFigure.Tdp, GenerationFigure.IdlePower));
        result["energy"] = Extrapolated(Rated(GenerationFigure.EnergyPerFlop)
            + "; onChipPjPerByte re-derived as the catalog's entries are: (TDP - idle) / bandwidth - HBM energy per byte - 3 x SRAM energy per byte");
        result["price"] = Extrapolated(Rated(GenerationFigure.Price));
        result["releaseYear"] = Extrapolated(Text($"{last.ReleaseYear} + round({n} x {rates.YearsPerGeneration:0.##} years) ({rates.CadenceBasis})"));
        result["platform"] = Extrapolated(Text($"system power = GPUs x (TDP + {last.Id}'s host share per GPU)"));
        foreach (var group in new[] { "interconnect", "efficiency", "host", "matrixUnit" })
        {
            result[group] = Kept(group);
        }

        return result.ToImmutable();
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

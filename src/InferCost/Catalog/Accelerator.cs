using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>An accelerator in the catalog, with every figure's source.</summary>
/// <param name="Id">Catalog id (e.g. h200-sxm).</param>
/// <param name="Name">Display name.</param>
/// <param name="Vendor">Maker.</param>
/// <param name="ReleaseYear">Year of first volume availability.</param>
/// <param name="Projected">True for unreleased hardware whose figures are estimates.</param>
/// <param name="Family">Architecture family (hopper, blackwell, cdna3, ...): calibration fits efficiency per family.</param>
/// <param name="Memory">Device memory.</param>
/// <param name="DenseCompute">Dense tensor FLOP/s for each precision supported in hardware.</param>
/// <param name="Power">Power envelope.</param>
/// <param name="Interconnect">Scale-up and scale-out links.</param>
/// <param name="Energy">Per-operation energies.</param>
/// <param name="Price">Typical purchase price per GPU.</param>
/// <param name="Efficiency">Achievable-efficiency factors of the hardware.</param>
/// <param name="Host">The host CPU of the accelerator's platform, which runs the serving stack's scheduler.</param>
/// <param name="Sources">Source of each group of figures, by group name (memory, compute, power, ...).</param>
/// <param name="Platform">The system it is deployed in, whose power less the GPUs' is the host's share.</param>
/// <param name="MatrixUnit">Matrix-unit facts (minimum tile rows); null = no tile quantisation.</param>
public sealed record Accelerator(
    string Id,
    string Name,
    string Vendor,
    int ReleaseYear,
    bool Projected,
    string Family,
    MemorySpec Memory,
    ImmutableDictionary<Precision, FlopsPerSecond> DenseCompute,
    PowerSpec Power,
    InterconnectSpec Interconnect,
    EnergySpec Energy,
    Dollars Price,
    ServingEfficiency Efficiency,
    HostSpec Host,
    ImmutableSortedDictionary<string, SourceRef> Sources,
    PlatformSpec Platform,
    MatrixUnitSpec? MatrixUnit = null)
{
    /// <summary>
    /// The precision the tensor cores run for a requested one: the requested precision if supported,
    /// else the next wider one (weight-only quantization: FP8 weights on an A100 multiply at FP16).
    /// </summary>
    public Precision ComputePrecisionFor(Precision requested)
    {
        for (var p = (int)requested; p >= 0; p--)
        {
            if (DenseCompute.ContainsKey((Precision)p))
            {
                return (Precision)p;
            }
        }

        return DenseCompute.Keys.Min();
    }
}

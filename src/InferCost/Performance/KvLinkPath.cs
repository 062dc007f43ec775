using InferCost.Deployment;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// The link a disaggregated deployment's KV transfer actually takes, resolved from the scenario once: its line rate per
/// GPU, its fixed cost per transfer, and its energy per byte outside the GPU board (what the network-energy line prices).
/// </summary>
/// <param name="Kind">Which link.</param>
/// <param name="Bandwidth">Line rate per GPU, per direction.</param>
/// <param name="Latency">Fixed cost of one transfer.</param>
/// <param name="EnergyPerByte">The fabric's energy per byte outside the board (zero for a fabric the catalog does not name).</param>
public readonly record struct KvLinkPath(KvLinkKind Kind, BytesPerSecond Bandwidth, Seconds Latency, JoulesPerByte EnergyPerByte)
{
    /// <summary>
    /// The link of <paramref name="spec"/> in scenario <paramref name="s"/>: the catalog's scale-up or scale-out figures, or
    /// the bandwidth given; an error, in field terms, when the catalog cannot carry it.
    /// </summary>
    public static Result<KvLinkPath> Resolve(Scenario s, Disaggregation spec)
    {
        var a = s.Accelerator;
        var io = a.Interconnect;
        var scaleOutEnergy = s.ScaleOutFabric?.EnergyPerByte ?? JoulesPerByte.Zero;
        var scaleOutBandwidth = s.ScaleOutFabric?.Bandwidth ?? io.ScaleOutBandwidth;
        switch (spec.Link.Kind)
        {
            case KvLinkKind.ScaleUp:
                return s.Gpus <= io.ScaleUpDomain
                    ? Result.Ok(new KvLinkPath(KvLinkKind.ScaleUp, io.ScaleUpBandwidth, io.AllReduceLatency, s.ScaleUpFabric?.EnergyPerByte ?? JoulesPerByte.Zero))
                    : Result.Fail<KvLinkPath>("scenario", KvLink.FieldId,
                        $"is scale-up, but {spec.Text} of {s.Layout.GpusPerReplica} GPUs per instance is {s.Gpus} GPUs and {a.Id} connects at most {io.ScaleUpDomain} in one scale-up domain; use scale-out or fewer instances.", ErrorCodes.InvalidDisaggregation);
            case KvLinkKind.Explicit:
                return Result.Ok(new KvLinkPath(KvLinkKind.Explicit, spec.Link.Bandwidth, KvLinkDefaults.ScaleOutLatency, scaleOutEnergy));
            default:
                return scaleOutBandwidth.Value > 0
                    ? Result.Ok(new KvLinkPath(KvLinkKind.ScaleOut, scaleOutBandwidth, KvLinkDefaults.ScaleOutLatency, scaleOutEnergy))
                    : Result.Fail<KvLinkPath>("scenario", KvLink.FieldId,
                        $"is scale-out, but the catalog gives {a.Id} no scale-out NIC bandwidth; use scale-up or a bandwidth per GPU in GB/s.", ErrorCodes.InvalidDisaggregation);
        }
    }

    /// <summary>Everything a disaggregated scenario needs that no single field can check: whole instances, decode work, a link.</summary>
    public static IReadOnlyList<InputError> Check(Scenario s, string source = "scenario")
    {
        if (s.Disaggregation is not { } spec)
        {
            return [];
        }

        var errors = new List<InputError>();
        if (s.Replicas != spec.Instances)
        {
            errors.Add(new InputError(source, "gpus",
                $"is {s.Gpus} ({s.Replicas} replica{(s.Replicas == 1 ? "" : "s")} of {s.Layout.GpusPerReplica} GPUs), but {spec.Text} needs {spec.Instances} instances of {s.Layout.GpusPerReplica} GPUs = {spec.Instances * s.Layout.GpusPerReplica} GPUs.", ErrorCodes.InvalidDisaggregation));
        }

        if (s.OutputTokens < 2)
        {
            errors.Add(new InputError(source, "output",
                $"is {s.OutputTokens}, but {spec.Text} needs at least 2: the prefill makes the first token, so the decode pool would have no work.", ErrorCodes.InvalidDisaggregation));
        }

        var link = Resolve(s, spec);
        if (!link.Succeeded)
        {
            errors.AddRange(link.Errors.Select(e => e with { Source = source }));
        }

        return errors;
    }
}

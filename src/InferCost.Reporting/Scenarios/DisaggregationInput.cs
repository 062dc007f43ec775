using InferCost.Deployment;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Scenarios;

/// <summary>
/// Reads the disaggregate and kv-link fields onto a resolved scenario. An xPyD deployment is x + y replicas of the
/// layout: when the GPUs were left at one replica they become (x + y) x tp; a GPU count given for another number of
/// replicas is an error rather than a silent resize.
/// </summary>
public static class DisaggregationInput
{
    /// <summary>The scenario with its disaggregation set (unchanged when none is given), or the problems, pointed at the values given.</summary>
    public static Result<Scenario> Apply(ScenarioInput input, Scenario scenario)
    {
        var linkValue = input.Get(ScenarioFields.KvLink);
        var specValue = input.Get(ScenarioFields.Disaggregate);
        var link = linkValue is null ? Result.Ok(KvLink.ScaleOut) : Relabel(KvLink.Parse(linkValue.Text), linkValue.Origin);
        if (!link.Succeeded)
        {
            return Result.Fail<Scenario>(link.Errors);
        }

        var spec = specValue is null ? Result.Ok<Disaggregation?>(null) : Relabel(Disaggregation.Parse(specValue.Text, link.Value), specValue.Origin);
        if (!spec.Succeeded)
        {
            return Result.Fail<Scenario>(spec.Errors);
        }

        if (spec.Value is not { } d)
        {
            return linkValue is null
                ? Result.Ok(scenario)
                : Result.Fail<Scenario>(linkValue.Origin, "", $"sets the link of a disaggregated deployment's KV transfer, but {input.OriginOf(ScenarioFields.Disaggregate)} is not set; give it as xPyD (e.g. 2P1D) or leave the link out.");
        }

        if (scenario.Replicas == d.Instances)
        {
            return Result.Ok(scenario with { Disaggregation = d });
        }

        if (scenario.Replicas == 1 && input.Get(ScenarioFields.Gpus) is null)
        {
            return Result.Ok(scenario.WithLayout(scenario.Layout.WithReplicas(d.Instances)) with { Disaggregation = d });
        }

        return Result.Fail<Scenario>(input.OriginOf(ScenarioFields.Gpus), "",
            $"is {scenario.Gpus} ({scenario.Replicas} replica{(scenario.Replicas == 1 ? "" : "s")} of {scenario.Layout.GpusPerReplica} GPUs), but {d.Text} needs {d.Instances} instances of {scenario.Layout.GpusPerReplica} GPUs = {d.Instances * scenario.Layout.GpusPerReplica} GPUs; give that, or leave gpus out.");
    }

    private static Result<T> Relabel<T>(Result<T> r, string origin) =>
        r.Succeeded ? r : Result.Fail<T>([.. r.Errors.Select(e => e with { Source = origin, Field = "" })]);
}

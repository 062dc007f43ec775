using InferCost.Analysis;
using InferCost.Catalog;
using InferCost.Reporting.Scenarios;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// Resolves the scenario once per accelerator of the deployments, through the normal resolver (so that the accelerator's
/// own defaults, its price and its KV support, apply and every value is checked with its usual message), for the layouts
/// analysis to lay out. The layout fields are the analysis's to vary, so giving one is an error; the batch defaults to
/// the largest that fits; the expert placement (skew, redundant experts) is carried to the expert-parallel layouts.
/// </summary>
public static class LayoutScenarioResolver
{
    /// <summary>The fields the analysis enumerates itself (a value given for one would be silently replaced).</summary>
    public static IReadOnlyList<ScenarioField> LayoutFields { get; } =
        [ScenarioFields.Gpus, ScenarioFields.Tp, ScenarioFields.Pp, ScenarioFields.Ep, ScenarioFields.AttentionDp, ScenarioFields.Dp];

    /// <summary>
    /// The deployments of <paramref name="deployments"/> (the list's text; null for the model's defaults) with the
    /// scenario of <paramref name="input"/> on each one's accelerator, or every problem with them.
    /// </summary>
    public static Result<IReadOnlyList<LayoutDeployment>> Resolve(ScenarioInput input, string? deployments, InferCostCatalog catalog)
    {
        var given = LayoutFields.Where(f => input.Get(f) is not null).ToList();
        if (given.Count > 0)
        {
            return Result.Fail<IReadOnlyList<LayoutDeployment>>([.. given.Select(f => new InputError(
                input.OriginOf(f),
                "",
                $"layouts enumerates {string.Join(", ", LayoutFields.Select(input.NameOf))} itself over each deployment's GPUs; "
                    + $"leave it out and give the GPUs per replica in the deployments list ({DeploymentListParser.Syntax}).",
                "layout-field-in-layouts"))]);
        }

        var sizes = deployments is null ? null : DeploymentListParser.Parse(deployments, catalog);
        if (sizes is { Succeeded: false })
        {
            return Result.Fail<IReadOnlyList<LayoutDeployment>>(sizes.Errors);
        }

        // Skew and redundant experts mean something only with ep > 1, which the scenario's own one-GPU layout lacks: they
        // are resolved at their defaults, read on their own and put on the layout the expert-parallel candidates copy.
        var errors = new List<InputError>();
        var placement = new List<(ScenarioField Field, double Value)>();
        foreach (var field in new[] { ScenarioFields.ExpertSkew, ScenarioFields.RedundantExperts })
        {
            if (input.Get(field) is not { } value)
            {
                continue;
            }

            var parsed = InputParsers.Value(field, value);
            if (!parsed.Succeeded)
            {
                errors.AddRange(parsed.Errors);
            }
            else if (field.Check(parsed.Value) is { } problem)
            {
                errors.Add(new InputError(value.Origin, "", problem));
            }
            else
            {
                placement.Add((field, parsed.Value));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<IReadOnlyList<LayoutDeployment>>(errors);
        }

        var neutral = input.With(
        [
            (ScenarioFields.ExpertSkew, ScenarioFields.ExpertSkew.Default),
            (ScenarioFields.RedundantExperts, ScenarioFields.RedundantExperts.Default),
            .. input.Get(ScenarioFields.Batch) is null ? [(ScenarioFields.Batch, "max")] : Array.Empty<(ScenarioField, string)>(),
        ]);
        var scenario = ScenarioResolver.Resolve(neutral, catalog);
        if (!scenario.Succeeded)
        {
            return Result.Fail<IReadOnlyList<LayoutDeployment>>(scenario.Errors);
        }

        var list = sizes?.Value ?? LayoutAnalysis.DefaultDeployments(scenario.Value.Model, scenario.Value.Accelerator.Id);
        var onAccelerator = new Dictionary<string, Scenario>(StringComparer.Ordinal) { [scenario.Value.Accelerator.Id] = scenario.Value };
        var result = new List<LayoutDeployment>(list.Count);
        foreach (var size in list)
        {
            if (!onAccelerator.TryGetValue(size.AcceleratorId, out var s))
            {
                var resolved = ScenarioResolver.Resolve(neutral.With(ScenarioFields.Gpu, size.AcceleratorId), catalog);
                if (!resolved.Succeeded)
                {
                    errors.AddRange(resolved.Errors.Select(e => e with { Reason = $"on {size.AcceleratorId}: {e.Reason}" }));
                    continue;
                }

                s = onAccelerator[size.AcceleratorId] = resolved.Value;
            }

            result.Add(new LayoutDeployment(placement.Aggregate(s, (at, p) => p.Field.Write!(at, p.Value)), size.Gpus));
        }

        return errors.Count > 0 ? Result.Fail<IReadOnlyList<LayoutDeployment>>(errors) : Result.Ok<IReadOnlyList<LayoutDeployment>>(result);
    }
}

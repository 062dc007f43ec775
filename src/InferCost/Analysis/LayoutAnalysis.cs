using System.Globalization;
using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;

namespace InferCost.Analysis;

/// <summary>
/// Issue 11's chart as a tool: every parallel layout of a fixed number of GPUs per replica (tensor x attention data x
/// pipeline parallel, with or without expert parallelism), each estimated through <see cref="CostEstimator"/> at the
/// scenario's batch, so that layouts of the same hardware, and deployments of different hardware, can be ranked by
/// $/1M tokens and tokens/s per GPU.
/// </summary>
public static class LayoutAnalysis
{
    /// <summary>The canonical id of the deployments input (a face spells it its own way: the CLI's --deployments).</summary>
    public const string Input = "deployments";

    /// <summary>
    /// The rack-scale deployment a mixture-of-experts model is compared against by default: a GB200 NVL72, whose 72 GPUs
    /// share one NVLink domain (data/accelerators/gb200.yaml), the deployment essay 001 and issue 11 name.
    /// </summary>
    public const string RackScaleAcceleratorId = "gb200";

    /// <summary>GPUs of the rack-scale default: one NVL72 domain.</summary>
    public const int RackScaleGpus = 72;

    /// <summary>
    /// The deployments compared when none are given: for a mixture-of-experts model one and two 8-GPU servers of the
    /// scenario's accelerator and a 72-GPU GB200 NVL72 (the sizes DeepSeek-V3-class models are served at); for a dense model
    /// 1, 2, 4 and 8 of the scenario's accelerator (one server's worth of tensor-parallel degrees).
    /// </summary>
    public static IReadOnlyList<DeploymentSize> DefaultDeployments(ModelEntry model, string acceleratorId) =>
        model.Profile.Architecture.IsMixtureOfExperts
            ? [new(acceleratorId, 8), new(acceleratorId, 16), new(RackScaleAcceleratorId, RackScaleGpus)]
            : [new(acceleratorId, 1), new(acceleratorId, 2), new(acceleratorId, 4), new(acceleratorId, 8)];

    /// <summary>
    /// The layouts of exactly <paramref name="gpus"/> GPUs per replica of the shape serving stacks start: pp a power of two
    /// dividing the GPUs (stages need not divide the layers), tp a power of two dividing a stage's GPUs, the rest of the
    /// stage attention data-parallel groups; for a mixture-of-experts model each with ep 1 (every expert split over the
    /// stage) and with ep = the stage's GPUs (the experts spread over them, the DeepSeek layout). Expert-parallel layouts
    /// keep <paramref name="placement"/>'s expert skew and redundant experts. Not yet checked against the model:
    /// <see cref="DeploymentRules.Check"/> does that.
    /// </summary>
    public static IReadOnlyList<ParallelLayout> Candidates(ModelEntry model, int gpus, ParallelLayout placement)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(gpus, 1);
        var moe = model.Profile.Architecture.IsMixtureOfExperts;
        var layouts = new List<ParallelLayout>();
        for (var pp = 1; pp <= gpus; pp *= 2)
        {
            if (gpus % pp != 0)
            {
                continue;
            }

            var stage = gpus / pp;
            for (var tp = 1; tp <= stage; tp *= 2)
            {
                if (stage % tp != 0)
                {
                    continue;
                }

                var groups = stage / tp;
                layouts.Add(new ParallelLayout(tp, 1, pp, 1, groups));
                if (moe && stage > 1)
                {
                    layouts.Add(new ParallelLayout(tp, 1, pp, stage, groups) { ExpertSkew = placement.ExpertSkew, RedundantExperts = placement.RedundantExperts });
                }
            }
        }

        return layouts;
    }

    /// <summary>
    /// Lays out every deployment: each candidate the rules accept is estimated (a row, with the engine's reasons where it
    /// does not fit), each they refuse is kept with why. Fails only when the list is empty or nothing fits on any
    /// deployment (one error per deployment saying why).
    /// </summary>
    public static Result<LayoutComparison> Compare(IReadOnlyList<LayoutDeployment> deployments)
    {
        if (deployments.Count == 0)
        {
            return Result.Fail<LayoutComparison>(Input, "", "at least one deployment (accelerator:GPUs per replica) is needed.");
        }

        var laidOut = deployments.Select(Evaluate).ToList();
        if (laidOut.All(d => d.Cheapest is null))
        {
            return Result.Fail<LayoutComparison>([.. laidOut.Select(d => new InputError(Input, "", NothingFits(d)!, "no-layout-fits"))]);
        }

        return Result.Ok(new LayoutComparison(laidOut));
    }

    /// <summary>Every candidate layout of one deployment: estimated, not fitting, or refused by the rules.</summary>
    public static DeploymentLayouts Evaluate(LayoutDeployment deployment)
    {
        var s = deployment.Scenario;
        var served = new List<LayoutRow>();
        var unserved = new List<LayoutRow>();
        var rejected = new List<RejectedLayout>();
        foreach (var layout in Candidates(s.Model, deployment.Gpus, s.Layout))
        {
            // Disaggregated, the deployment is one instance: x + y of them serve, each laid out the same.
            var at = s.WithLayout(s.Disaggregation is { } xPyD ? layout.WithReplicas(xPyD.Instances) : layout);
            var refused = DeploymentRules.Check(at.Deployment, at.Model, at.Kv);
            if (refused.Count > 0)
            {
                rejected.Add(new RejectedLayout(layout, refused));
                continue;
            }

            var e = CostEstimator.Estimate(at, Derivation.Off());
            if (e.Succeeded)
            {
                served.Add(new LayoutRow(layout, e.Value, []));
            }
            else
            {
                unserved.Add(new LayoutRow(layout, null, e.Errors));
            }
        }

        var cheapest = served.Count > 0 ? served.Min(r => r.Estimate!.Cost.PerMillionOutputTokens.Value) : 0;
        var ranked = served
            .OrderBy(r => r.Estimate!.Cost.PerMillionOutputTokens.Value)
            .ThenBy(r => r.Layout.TensorParallel)
            .ThenBy(r => r.Layout.PipelineParallel)
            .ThenBy(r => r.Layout.ExpertParallel)
            .Select(r => r with { RelativeToCheapest = cheapest > 0 ? r.Estimate!.Cost.PerMillionOutputTokens.Value / cheapest : 1 });
        return new DeploymentLayouts(s, deployment.Gpus, [.. ranked, .. unserved], rejected);
    }

    /// <summary>
    /// Why nothing fits on a deployment, or null when something does: the layout with the fewest resident bytes per GPU
    /// (weights and workspace), the one closest to fitting, and the engine's reason it does not.
    /// </summary>
    public static string? NothingFits(DeploymentLayouts d)
    {
        if (d.Cheapest is not null)
        {
            return null;
        }

        var where = $"nothing fits on {d.Gpus.ToString(CultureInfo.InvariantCulture)} x {d.Accelerator.Id}";
        if (d.Rows.Count == 0)
        {
            var refused = d.Rejected.Count > 0 ? d.Rejected[0].Reasons[0].Reason : "no layout of that many GPUs has the shape serving stacks start";
            return $"{where}: every layout of that many GPUs is refused; e.g. {(d.Rejected.Count > 0 ? Describe(d.Rejected[0].Layout) + ": " : "")}{refused}";
        }

        var closest = d.Rows.MinBy(r =>
        {
            var c = new ScenarioContext(d.Scenario.WithLayout(r.Layout));
            return (MemoryPlanner.WeightsPerGpu(c) + MemoryPlanner.Workspace(c)).Value;
        })!;
        return $"{where}: none of its {d.Rows.Count.ToString(CultureInfo.InvariantCulture)} layouts serves the scenario; the closest, {Describe(closest.Layout)}: {closest.Reasons[0].Reason}";
    }

    /// <summary>A layout as the table and messages name it: <c>tp 8 x attention-dp 1 x pp 2, ep 8</c>.</summary>
    public static string Describe(ParallelLayout layout) => string.Create(
        CultureInfo.InvariantCulture,
        $"tp {layout.TensorParallel} x attention-dp {layout.AttentionGroups} x pp {layout.PipelineParallel}, ep {layout.ExpertParallel}");
}

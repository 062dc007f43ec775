using InferCost.Catalog;
using InferCost.Scenarios;

namespace InferCost.Analysis;

/// <summary>Every layout of one deployment: served ones cheapest first, then the ones that do not fit, then the rejected shapes.</summary>
/// <param name="Scenario">The scenario on the deployment's accelerator (its own layout unused).</param>
/// <param name="Gpus">GPUs per replica.</param>
/// <param name="Rows">Layouts that <see cref="Deployment.DeploymentRules"/> accepts: those that fit by $/1M output tokens, then those that do not.</param>
/// <param name="Rejected">Candidates of the right shape that the rules refuse, with why.</param>
public sealed record DeploymentLayouts(Scenario Scenario, int Gpus, IReadOnlyList<LayoutRow> Rows, IReadOnlyList<RejectedLayout> Rejected)
{
    /// <summary>The accelerator.</summary>
    public Accelerator Accelerator => Scenario.Accelerator;

    /// <summary>The cheapest layout by $/1M output tokens; null when none fits.</summary>
    public LayoutRow? Cheapest => Rows.FirstOrDefault(r => r.Fits);

    /// <summary>The layouts that serve the scenario, cheapest first.</summary>
    public IEnumerable<LayoutRow> Fitting => Rows.Where(r => r.Fits);
}

namespace InferCost.Analysis;

/// <summary>The layouts of every deployment compared, in the order the deployments were given.</summary>
/// <param name="Deployments">One entry per deployment.</param>
public sealed record LayoutComparison(IReadOnlyList<DeploymentLayouts> Deployments)
{
    /// <summary>The cheapest layout of all deployments by $/1M output tokens, with its deployment; null when nothing fits anywhere.</summary>
    public (DeploymentLayouts Deployment, LayoutRow Row)? Cheapest =>
        Deployments.Where(d => d.Cheapest is not null)
            .Select(d => (Deployment: d, Row: d.Cheapest!))
            .OrderBy(p => p.Row.Estimate!.Cost.PerMillionOutputTokens.Value)
            .Cast<(DeploymentLayouts, LayoutRow)?>()
            .FirstOrDefault();
}

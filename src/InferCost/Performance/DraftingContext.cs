using InferCost.Scenarios;

namespace InferCost.Performance;

/// <summary>
/// A speculative scenario's drafter as the physics reads it: the drafter's own constants (the same GPUs, layout, stack
/// and precisions, its model in place of the scenario's), the tokens it drafts per iteration and what each verify pass
/// yields.
/// </summary>
/// <param name="Drafter">The drafter's constants.</param>
/// <param name="Speculation">The scenario's speculative-decoding settings.</param>
public sealed record DraftingContext(ScenarioContext Drafter, Speculation Speculation)
{
    /// <summary>Tokens drafted per iteration, k.</summary>
    public int DraftTokens => Speculation.DraftTokens;

    /// <summary>Query tokens each decoding request puts through the verify pass: its last token and the k drafts.</summary>
    public double QueriesPerRequest => Speculation.DraftTokens + 1;

    /// <summary>Tokens one verify pass yields per request on average, τ (<see cref="Speculation.TokensPerVerify"/>).</summary>
    public double TokensPerIteration => Speculation.TokensPerIteration;

    /// <summary>The drafter's scenario: the same deployment with its model in place of the scenario's, drafting nothing itself.</summary>
    public static Scenario DrafterScenario(Scenario s, Speculation spec) => s with { Model = spec.Drafter, Speculation = null, Disaggregation = null };
}

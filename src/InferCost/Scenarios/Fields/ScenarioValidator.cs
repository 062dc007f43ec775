using InferCost.Results;
using InferCost.Scenarios.Fields;

namespace InferCost.Scenarios.Fields;

/// <summary>Checks a scenario's values against what is physically and logically allowed.</summary>
public static class ScenarioValidator
{
    /// <summary>Every problem with the scenario (empty when it is valid). <paramref name="source"/> names where values came from.</summary>
    public static IReadOnlyList<InputError> Validate(Scenario s, string source = "scenario")
    {
        var errors = new List<InputError>();
        void Check(bool ok, string field, string reason)
        {
            if (!ok)
            {
                errors.Add(new InputError(source, field, reason));
            }
        }

        // Every numeric field against its range in the field table, named by its canonical id.
        foreach (var field in ScenarioFields.All)
        {
            if (field.Read?.Invoke(s) is { } value && field.Check(value) is { } problem)
            {
                errors.Add(new InputError(source, field.Id, problem));
            }
        }

        // What no single field's range can say: how fields constrain each other. (A layout whose GPU count is not a
        // multiple of tp cannot be built: DeploymentRules.LayoutOf refuses it.)
        // Tensor parallelism wider than the scale-up domain is allowed: its all-reduces are priced over the scale-out link.
        errors.AddRange(Deployment.DeploymentRules.Check(s.Deployment, s.Model, s.Kv, source));
        errors.AddRange(Performance.KvLinkPath.Check(s, source));
        Check(s.Offload.Tier == OffloadTier.None || s.Offload.Catalog is not null, "offload",
            "needs the catalog's offload tiers (data/storage.yaml), which this catalog does not have; use offload none.");
        if (s.Speculation is not null)
        {
            Check(s.Layout.PipelineParallel == 1, Speculation.FieldId,
                $"with pp {s.Layout.PipelineParallel} is not modelled: the drafter's passes and the verify pass would need their own pipeline schedule; use pp 1.");
            Check(s.Offload.Tier == OffloadTier.None, Speculation.FieldId,
                "with KV offload is not modelled: the verify pass streams the offloaded KV once for k + 1 queries; use offload none.");
        }

        var maxContext = s.Model.Profile.Architecture.MaxContext;
        if (maxContext > 0 && s.InputTokens >= 1 && s.OutputTokens >= 1)
        {
            var context = (long)s.InputTokens + s.OutputTokens;
            Check(context <= maxContext, "input", Performance.Infeasibility.ExceedsContext(context, maxContext) + ".");
        }

        // Settings that are catalog data rather than scenario fields.
        var st = s.Finance.Storage;
        Check(st.LocalTerabytes >= 0 && st.NetworkedTerabytes >= 0, "storage", "capacities must be >= 0 TB.");
        Check(st.LocalUsdPerGigabyte >= 0 && st.OffloadUsdPerGigabyte >= 0 && st.NetworkedUsdPerGigabyte >= 0, "storage", "prices must be >= 0 USD/GB.");
        Check(s.Serving.MaxBatchedTokens >= 1, "max-batched-tokens", $"must be >= 1, found {s.Serving.MaxBatchedTokens}.");
        return errors;
    }
}

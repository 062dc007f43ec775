using InferCost.Results;

namespace InferCost.Scenarios;

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

        Check(s.Gpus >= 1, "gpus", $"must be a whole number >= 1, found {s.Gpus}.");
        Check(s.TensorParallel >= 1, "tp", $"must be a whole number >= 1, found {s.TensorParallel}.");
        if (s.Gpus >= 1 && s.TensorParallel >= 1)
        {
            Check(s.Gpus % s.TensorParallel == 0, "gpus", $"must be a multiple of tp ({s.TensorParallel}): each replica is one tensor-parallel group; found {s.Gpus}.");
            var domain = s.Accelerator.Interconnect.ScaleUpDomain;
            Check(s.TensorParallel <= domain, "tp", $"is {s.TensorParallel}, but {s.Accelerator.Id} connects at most {domain} GPUs in one scale-up domain; tensor parallelism across the scale-out network is not modelled.");
        }

        errors.AddRange(Deployment.DeploymentRules.Check(s.Deployment, s.Model, s.Kv, source));
        Check(s.InputTokens >= 1, "input", $"must be a whole number of tokens >= 1, found {s.InputTokens}.");
        Check(s.OutputTokens >= 1, "output", $"must be a whole number of tokens >= 1, found {s.OutputTokens}.");
        var maxContext = s.Model.Profile.Architecture.MaxContext;
        if (maxContext > 0 && s.InputTokens >= 1 && s.OutputTokens >= 1)
        {
            var context = (long)s.InputTokens + s.OutputTokens;
            Check(context <= maxContext, "input", $"input + output = {context} tokens exceeds {s.Model.Id}'s maximum context of {maxContext} tokens.");
        }

        var f = s.Facility;
        Check(f.Pue >= 1 && f.Pue <= 3, "pue", $"must be between 1.0 and 3.0 (facility power / IT power), found {f.Pue}.");
        Check(f.PowerPrice.Value >= 0 && f.PowerPrice.Value <= 10, "power-price", $"must be between 0 and 10 USD/kWh, found {f.PowerPrice.Value}.");
        var m = s.Finance;
        Check(m.Utilisation > 0 && m.Utilisation <= 1, "utilisation", $"must be a fraction in (0, 1] of hours producing tokens, found {m.Utilisation}.");
        Check(m.LifeYears > 0 && m.LifeYears <= 20, "life-years", $"must be between 0 and 20 years (exclusive of 0), found {m.LifeYears}.");
        Check(m.GpuPrice.Value >= 0, "capex", $"must be >= 0 USD, found {m.GpuPrice.Value}.");
        Check(m.RackOverheadPerGpu.Value >= 0, "rack-overhead", $"must be >= 0 USD, found {m.RackOverheadPerGpu.Value}.");
        Check(m.NetworkGearPerGpu.Value >= 0, "network-capex", $"must be >= 0 USD, found {m.NetworkGearPerGpu.Value}.");
        Check(m.NicPower.Value >= 0, "nic-power", $"must be >= 0 W, found {m.NicPower.Value}.");
        Check(m.LabourShare >= 0 && m.LabourShare <= 5, "labour-share", $"must be between 0 and 5 (a share of infrastructure cost), found {m.LabourShare}.");
        var st = m.Storage;
        Check(st.LocalTerabytes >= 0 && st.NetworkedTerabytes >= 0, "storage", "capacities must be >= 0 TB.");
        Check(st.OffloadTerabytes >= 0 && st.OffloadTerabytes <= 1000, "offload-tb", $"must be between 0 and 1000 TB per GPU, found {st.OffloadTerabytes}.");
        Check(st.LocalUsdPerGigabyte >= 0 && st.OffloadUsdPerGigabyte >= 0 && st.NetworkedUsdPerGigabyte >= 0, "storage", "prices must be >= 0 USD/GB.");
        Check(st.Power.Value >= 0, "storage-power", $"must be >= 0 W, found {st.Power.Value}.");
        Check(s.Serving.MaxBatchedTokens >= 1, "max-batched-tokens", $"must be >= 1, found {s.Serving.MaxBatchedTokens}.");
        return errors;
    }
}

using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Sweeps;

namespace InferCost.Fidelity;

/// <summary>
/// Predicts a benchmark case with the engine: the case's model, accelerator, serving stack (empty: the catalog's default
/// stack), parallelism, precisions and request lengths become a scenario; <c>concurrency = max</c> uses the largest batch that fits, an integer
/// that many requests in flight, and a case's max_running replaces the stack's request cap. Cases the engine cannot model yet are reported as unsupported with the reason.
/// <para>
/// Serving cases of the validation set (<see cref="IsServingCase"/>: a request rate, a stated number of requests, or TTFT
/// with several requests in flight) are predicted by the serving simulator (<see cref="CaseSimulation"/>), as the
/// benchmark ran them. Calibration-set cases always take the analytic path: calibration fits per-pass factors on steady
/// states and evaluates thousands of predictions per fit, which must stay fast and analytic; so a calibration case that
/// only the simulator could predict stays unsupported there.
/// </para>
/// </summary>
/// <param name="catalog">The catalog (with any calibration already applied).</param>
public sealed class CasePredictor(InferCostCatalog catalog)
{
    /// <summary>The catalog the predictions use.</summary>
    public InferCostCatalog Catalog => catalog;

    /// <summary>Predicts one case.</summary>
    public CasePrediction Predict(BenchmarkCase c)
    {
        if (Unsupported(c) is { } why)
        {
            return new CasePrediction(c, null, why);
        }

        var model = catalog.Models[c.Model];
        var gpu = catalog.Accelerators[c.Gpu];
        var stack = catalog.StackOf(c.Stack)!;
        var kv = c.Kv ?? stack.DefaultKv(c.Weights);
        // The measurement format's tp is the GPUs of a stage, as TensorRT-LLM and SGLang count it (tp_size); with attention
        // data parallelism each attention group is tp / attention_dp of them.
        if (c.Tp % c.AttentionDp != 0)
        {
            return new CasePrediction(c, null, $"not a valid layout: attention_dp {c.AttentionDp} does not divide tp {c.Tp}.");
        }

        var layout = DeploymentRules.LayoutOf(c.Gpus, c.Tp / c.AttentionDp, c.Pp, c.Ep, c.AttentionDp, null);
        if (!layout.Succeeded)
        {
            return new CasePrediction(c, null, "not a valid layout: " + string.Join("; ", layout.Errors.Select(e => $"{e.Field} {e.Reason}")));
        }

        var scenario = ScenarioDefaults.For(model, new AcceleratorDeployment(gpu, layout.Value), catalog.Defaults).OnStack(stack) with
        {
            Weights = c.Weights,
            Kv = kv,
            Batch = BatchSize.Max,
            InputTokens = c.InputTokens,
            OutputTokens = c.OutputTokens,
        };
        if (c.MaxRunning is { } maxRunning)
        {
            // The server's request cap as the source set it, in place of the stack's default.
            scenario = scenario with { Serving = scenario.Serving with { MaxRunningRequests = maxRunning } };
        }

        // The sweep kernel, not the explained estimate: the same figures bit for bit (PointEstimatorEquivalenceTests), without
        // recording a derivation, so that calibration's thousands of objective evaluations stay fast.
        var invalid = ScenarioValidator.Validate(scenario);
        if (invalid.Count > 0)
        {
            return new CasePrediction(c, null, "does not fit: " + invalid[0].Reason);
        }

        var context = new ScenarioContext(scenario);
        var point = new PointInputs(context);
        var estimate = PointEstimator.Evaluate(point);
        if (!estimate.IsFeasible)
        {
            var reason = Infeasibility.Error(estimate.FitFor(BatchSize.Max), scenario.Serving.MaxRunningRequests, model.Profile.Architecture.MaxContext, (long)c.InputTokens + c.OutputTokens).Reason;
            return new CasePrediction(c, null, "does not fit: " + reason);
        }

        if (IsServingCase(c))
        {
            var (value, reason) = CaseSimulation.Predict(c, scenario);
            return new CasePrediction(c, value, reason, Simulated: true);
        }

        if (c.Concurrency.Kind == ConcurrencyKind.Requests)
        {
            // Requests in flight spread over the replicas; beyond what fits, the rest wait in the queue.
            var perReplica = (int)Math.Ceiling(c.Concurrency.Value / scenario.Replicas);
            if (perReplica < estimate.Batch)
            {
                point.Batch = BatchSize.Of(perReplica);
                estimate = PointEstimator.Evaluate(point);
            }
            else if (c.Metric == Metric.TimeToFirstTokenMs)
            {
                return new CasePrediction(c, null, $"{c.Concurrency.Value:0} requests exceed the {estimate.Batch} that fit: TTFT is dominated by queueing, which needs the serving simulator.");
            }
        }

        return new CasePrediction(c, Value(c, estimate), null);
    }

    /// <summary>
    /// Whether case <paramref name="c"/> is a serving case the simulator predicts: a validation-set case of a throughput or
    /// latency metric at a request rate, at a concurrency with the number of requests sent stated, or of TTFT with several
    /// requests in flight. Never a calibration-set case (calibration stays analytic).
    /// </summary>
    public static bool IsServingCase(BenchmarkCase c) =>
        c.Set == MeasurementSet.Validation
        && c.Metric != Metric.EnergyPerOutputToken
        && (c.Concurrency.Kind == ConcurrencyKind.Rate
            || (c.Concurrency.Kind == ConcurrencyKind.Requests && (c.Requests is not null || (c.Metric == Metric.TimeToFirstTokenMs && c.Concurrency.Value > 1))));

    private string? Unsupported(BenchmarkCase c)
    {
        if (c.Concurrency.Kind == ConcurrencyKind.Rate && !IsServingCase(c))
        {
            return c.Set == MeasurementSet.Calibration
                ? "request-rate (qps) case in the calibration set: calibration fits steady states analytically; only validation cases are simulated."
                : "request-rate (qps) case of a metric the serving simulator does not predict.";
        }

        if (c.IsDisaggregated)
        {
            // The decode pool's figures with prefill elsewhere: not the aggregated cycle this predictor composes.
            return $"disaggregated serving ({c.Disaggregation!.Name}): the decode pool's figures with prefill on other GPUs are not predicted by the aggregated cycle.";
        }

        if (!catalog.Models.ContainsKey(c.Model))
        {
            return $"unknown model '{c.Model}'.";
        }

        if (!catalog.Accelerators.ContainsKey(c.Gpu))
        {
            return $"unknown accelerator '{c.Gpu}'.";
        }

        if (catalog.StackOf(c.Stack) is null)
        {
            return $"unknown serving stack '{c.Stack}'; known: {string.Join(", ", catalog.Stacks.Keys)}.";
        }

        if (c.Metric == Metric.TimeToFirstTokenMs && c.Concurrency.Kind == ConcurrencyKind.Max)
        {
            return "TTFT of an offline run is queueing time, which needs the serving simulator.";
        }

        if (c.Metric == Metric.TimeToFirstTokenMs && c.Concurrency.Value > 1 && !IsServingCase(c))
        {
            return "TTFT with several requests in flight includes queueing for prefill, which the serving simulator predicts for validation cases only; calibration stays analytic.";
        }

        return null;
    }

    private static double Value(BenchmarkCase c, in PointEstimate e) => c.Metric switch
    {
        Metric.OutputTokensPerSecond => e.SteadyOutputRate.Value,
        Metric.InterTokenLatencyMs => e.InterTokenLatency.Value * 1e3,
        Metric.TimeToFirstTokenMs => e.TimeToFirstToken.Value * 1e3,
        Metric.EnergyPerOutputToken => e.EnergyPerOutputToken.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c.Metric, "Unknown metric."),
    };
}

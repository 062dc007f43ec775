using InferCost.Explain;
using InferCost.Reporting.Rendering;
using InferCost.Scenarios;
using InferCost.Serving;
using InferCost.Units;

namespace InferCost.Reporting.Serving;

/// <summary>Lays out an SLO search for people; computes nothing.</summary>
public static class SloReportBuilder
{
    /// <summary>The report.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="plan">The search's lengths, scheduler, requests and seed.</param>
    /// <param name="r">What the search found.</param>
    /// <param name="derivation">The recorded steps to carry as a table (for JSON and CSV, which have no derivation printed after them); null: none.</param>
    public static Report Build(Scenario s, SimulationPlan plan, SloResult r, IReadOnlyList<DerivationStep>? derivation = null)
    {
        var sections = new List<ReportSection>
        {
            SimulationReportBuilder.Scenario(s, plan),
            new("Search", [
                new("Service level", string.Join(", ", r.Objective.Targets.Select(SimulationReportBuilder.Target))),
                new("Method", $"simulations at doubling request rates, then bisection to {SloSearch.Tolerance:0%}; {plan.Requests:#,##0} requests per run, seed {plan.Seed}"),
                new("Simulations run", Quantity.Count(r.Runs)),
                .. plan.LengthsTrace?.Attribution is { } a ? (ReportRow[])[new("Trace source", a)] : [],
            ]),
        };
        if (r.Best is { } best && r.Cost is { } cost)
        {
            sections.Add(new("Highest rate within the service level", [
                new("Requests/s (whole deployment)", Quantity.Number(best.Load)),
                new("Output tokens/s", new Quantity(best.OutputRate, Unit.TokensPerSecond)),
                new("TTFT P90 / P99", $"{QuantityFormatter.Format(best.Replica.Ttft.P90.ToQuantity())} / {QuantityFormatter.Format(best.Replica.Ttft.P99.ToQuantity())}"),
                new("TPOT P90 / P99", $"{QuantityFormatter.Format(best.Replica.Tpot.P90.ToQuantity())} / {QuantityFormatter.Format(best.Replica.Tpot.P99.ToQuantity())}"),
                new("GPU busy (measured, not assumed)", Quantity.Share(best.Replica.BusyFraction)),
                new("Mean batch", Quantity.Number(best.Replica.MeanRunning)),
                new("Board power per GPU (busy passes and idle gaps)", cost.MeanPower.ToQuantity()),
                new("Cost per productive GPU-hour", cost.PerGpuHour.ToQuantity()),
                new("GPU time owed to output tokens", Quantity.Share(cost.DecodeShare)),
                new("$/1M output tokens", cost.PerMillionOutput.ToQuantity()),
                new("$/1M input tokens", cost.PerMillionInput.ToQuantity()),
            ]));
        }
        else
        {
            sections.Add(new("Highest rate within the service level", [new("Result", "none: even the lowest rate tried misses it")]));
        }

        var tax = new List<ReportRow>
        {
            new("Throughput-optimal run (the same requests far past the knee)", $"{r.Saturated.Load:#,##0.###} requests/s offered: {QuantityFormatter.Format(new Quantity(r.Saturated.OutputRate, Unit.TokensPerSecond))}, mean batch {r.Saturated.Replica.MeanRunning:#,##0.#}"),
            new("$/1M output / input there", $"{QuantityFormatter.Format(r.Optimal.PerMillionOutput.ToQuantity())} / {QuantityFormatter.Format(r.Optimal.PerMillionInput.ToQuantity())}"),
        };
        if (r.Tax is { } t2)
        {
            tax.Add(new("TTFT tax (the service level's $/1M output over the optimal, minus 1)", Quantity.Share(t2)));
        }

        if (r.Miss is { } miss && r.Missed is { } missed)
        {
            tax.Add(new("First rate missing it", $"{miss.Load:#,##0.###} requests/s: {SimulationReportBuilder.Target(missed)} was {QuantityFormatter.Format(miss.Replica.Latency(missed.Metric).At(missed.Percentile).ToQuantity())}"));
        }

        sections.Add(new("The cost of the service level", tax));
        return new Report($"InferCost slo: {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}", sections, derivation is null ? [] : [DerivationTable.Of(derivation)], Array.Empty<EstimateWarning>(), Report.UnitsNote + " " + SimulationReportBuilder.NoteFor(s));
    }
}

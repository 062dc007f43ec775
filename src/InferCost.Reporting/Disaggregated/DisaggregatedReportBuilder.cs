using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Disaggregated;

/// <summary>Lays out a disaggregated (xPyD) deployment's figures for people; computes nothing.</summary>
public static class DisaggregatedReportBuilder
{
    /// <summary>The sections an estimate's report adds for a disaggregated deployment: KV transfer, pools, latency and cost beside the aggregated one.</summary>
    public static IReadOnlyList<ReportSection> Sections(DisaggregatedFigures f)
    {
        var kv = f.KvTransfer;
        var a = f.Aggregated;
        return
        [
            new($"Disaggregated {f.Spec.Text}: KV transfer per request ({LinkName(kv.Link)})",
            [
                new("KV at the input length (whole)", kv.WholeBytes.ToQuantity()),
                new("Sent per GPU / on the wire", $"{QuantityFormatter.Format(kv.BytesPerGpu)} / {QuantityFormatter.Format(kv.WireBytes)}"),
                new("Link per GPU x efficiency", $"{QuantityFormatter.Format(kv.LinkBandwidth)} x {QuantityFormatter.Format(Quantity.Share(kv.Efficiency))}"),
                new("Latency per transfer", kv.Latency.ToQuantity()),
                new("Transfer time", kv.Time.ToQuantity()),
                new("Link energy per request / per output token", $"{QuantityFormatter.Format(kv.EnergyPerRequest)} / {QuantityFormatter.Format(kv.EnergyPerOutputToken)}"),
            ]),
            new($"Disaggregated {f.Spec.Text}: pools",
            [
                new("Prefill pool: instances / GPUs", $"{f.Prefill.Instances} / {f.Prefill.Gpus}"),
                new("Decode pool: instances / GPUs", $"{f.Decode.Instances} / {f.Decode.Gpus}"),
                new("Requests/s per prefill / decode instance", $"{QuantityFormatter.Format(Quantity.Number(f.Prefill.RequestsPerSecondPerInstance))} / {QuantityFormatter.Format(Quantity.Number(f.Decode.RequestsPerSecondPerInstance))}"),
                new("System requests/s (slower pool)", Quantity.Number(f.SystemRequestsPerSecond)),
                new("Utilisation prefill / decode", $"{QuantityFormatter.Format(Quantity.Share(f.Prefill.Utilisation))} / {QuantityFormatter.Format(Quantity.Share(f.Decode.Utilisation))}"),
                new("Balanced prefill instances per decode instance", Quantity.Number(f.BalancedPrefillPerDecode)),
                new("Output tokens/s per GPU (system / rate-matched)", $"{QuantityFormatter.Format(f.OutputTokensPerSecondPerGpu)} / {QuantityFormatter.Format(f.RateMatchedOutputTokensPerSecondPerGpu)}"),
            ]),
            new($"Disaggregated {f.Spec.Text} against aggregated on {a.Gpus} GPUs",
            [
                new("Time to first token", Pair(f.TimeToFirstToken, a.TimeToFirstToken)),
                new("Inter-token latency", Pair(f.InterTokenLatency, a.InterTokenLatency)),
                new("Requests/s", Pair(Quantity.Number(f.SystemRequestsPerSecond), Quantity.Number(a.RequestsPerSecond))),
                new("Output tokens/s per GPU", Pair(f.OutputTokensPerSecondPerGpu, a.OutputTokensPerSecondPerGpu)),
                new("$/1M input tokens", Pair(f.PerMillionInput, a.PerMillionInput)),
                new("$/1M output tokens", Pair(f.PerMillionOutput, a.PerMillionOutput)),
                new("$/1M tokens of the request mix", Pair(f.PerMillionMix, a.PerMillionMix)),
                new("Pool cost per hour prefill / decode", $"{QuantityFormatter.Format(f.Prefill.PerHour)} / {QuantityFormatter.Format(f.Decode.PerHour)}"),
            ]),
        ];
    }

    private static string Pair(Quantity disaggregated, Quantity aggregated) =>
        $"{QuantityFormatter.Format(disaggregated)} vs {QuantityFormatter.Format(aggregated)}";

    private static string LinkName(KvLinkKind link) => link switch
    {
        KvLinkKind.ScaleUp => "scale-up",
        KvLinkKind.Explicit => "given bandwidth",
        _ => "scale-out",
    };
}

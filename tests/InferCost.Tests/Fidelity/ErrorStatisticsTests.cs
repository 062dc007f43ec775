using InferCost.Architecture;
using InferCost.Fidelity;

namespace InferCost.Tests.Fidelity;

public class ErrorStatisticsTests
{
    [Fact]
    public void Of_HandMadeErrors_GivesR8QuantilesAndShares()
    {
        // |errors| sorted: 1..9, 30. R-8: h = (n + 1/3) p + 1/3.
        var s = ErrorStatistics.Of([-1, 2, -3, 4, -5, 6, -7, 8, -9, 30]);

        s.Count.ShouldBe(10);
        s.MedianAbsPctError.ShouldBe(5.5, tolerance: 1e-9); // h = 5.5: halfway between 5 and 6
        s.P90AbsPctError.ShouldBe(9 + ((9.3 + (1.0 / 3) - 9) * 21), tolerance: 1e-9); // h = 9.633: 9 + 0.633 x (30 - 9)
        s.MedianSignedPctError.ShouldBe(0.5, tolerance: 1e-9); // sorted signed: ..., -1, 2, ... -> -1 + 0.5 x 3
        s.Within10Pct.ShouldBe(0.9);
        s.Within25Pct.ShouldBe(0.9);
    }

    [Fact]
    public void Summarise_CountsUnsupportedAndGroupsByMetric()
    {
        static BenchmarkCase Case(Metric m, double value) => new("c", "g", "m", "h100-sxm", 1, 1, 1, 1, Precision.Fp8, null, 128, 128, new CaseConcurrency(ConcurrencyKind.Max, 0), m, value, "s");
        var predictions = new[]
        {
            new CasePrediction(Case(Metric.OutputTokensPerSecond, 100), 110, null),
            new CasePrediction(Case(Metric.OutputTokensPerSecond, 100), 80, null),
            new CasePrediction(Case(Metric.InterTokenLatencyMs, 20), 25, null),
            new CasePrediction(Case(Metric.TimeToFirstTokenMs, 20), null, "needs the serving simulator"),
        };

        var summary = ErrorStatistics.Summarise(predictions);

        summary.Cases.ShouldBe(4);
        summary.Supported.ShouldBe(3);
        summary.Unsupported.ShouldBe(1);
        summary.ByMetric.Keys.ShouldBe(["itl_ms", "output_tps"]);
        summary.ByMetric["output_tps"].MedianAbsPctError.ShouldBe(15, tolerance: 1e-9);
        summary.ByMetric["output_tps"].MedianSignedPctError.ShouldBe(-5, tolerance: 1e-9);
        summary.ByMetric["itl_ms"].MedianAbsPctError.ShouldBe(25, tolerance: 1e-9);
    }

    [Fact]
    public void Prediction_ErrorPercentAndLogError()
    {
        var c = new BenchmarkCase("c", "g", "m", "h100-sxm", 1, 1, 1, 1, Precision.Fp8, null, 1, 1, new CaseConcurrency(ConcurrencyKind.Max, 0), Metric.OutputTokensPerSecond, 200, "s");
        var p = new CasePrediction(c, 250, null);

        p.ErrorPercent.ShouldBe(25);
        p.LogError!.Value.ShouldBe(Math.Log(1.25), tolerance: 1e-12);
    }
}

using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Fidelity;

namespace InferCost.Tests.Fidelity;

/// <summary>Measured bands: R-8 percentiles of relative error, and monotone honesty between the bases.</summary>
public class ConfidenceBandsTests
{
    [Fact]
    public void Band_TenErrors_IsTheR8TenthAndNinetiethPercentile()
    {
        // Errors -40%, -30%, ..., +50%. R-8: h = (N + 1/3) p + 1/3.
        // P10: h = 10.333 x 0.1 + 0.333 = 1.3667 -> x1 + 0.3667 (x2 - x1) = -40 + 3.667 = -36.333% -> -0.36333.
        // P90: h = 10.333 x 0.9 + 0.333 = 9.6333 -> x9 + 0.6333 (x10 - x9) = 40 + 6.333 = 46.333% -> 0.46333.
        var predictions = Enumerable.Range(0, 10).Select(i => Prediction(Metric.OutputTokensPerSecond, -40 + (10 * i))).ToList();

        // A latency error is never mixed into the throughput band.
        predictions.Add(Prediction(Metric.InterTokenLatencyMs, 500));

        var band = ConfidenceMeasurer.Band(predictions)!;

        band.P10.ShouldBe(-0.363333, tolerance: 1e-5);
        band.P90.ShouldBe(0.463333, tolerance: 1e-5);
        band.Cases.ShouldBe(10);
    }

    [Fact]
    public void Band_FewerThanFiveCases_IsNotMeasured() =>
        ConfidenceMeasurer.Band([.. Enumerable.Range(0, 4).Select(i => Prediction(Metric.OutputTokensPerSecond, i))]).ShouldBeNull();

    [Fact]
    public void Monotone_ANarrowerLessSureBand_IsWidenedToEncloseTheSurerOne()
    {
        var bands = new ConfidenceBands(
            "output_tps",
            Calibrated: new ConfidenceBand(-0.10, 0.10, 100),
            Transferred: new ConfidenceBand(-0.05, 0.30, 50),
            Priors: new ConfidenceBand(0.00, 0.20, 100)).Monotone();

        bands.Calibrated.ShouldBe(new ConfidenceBand(-0.10, 0.10, 100));
        bands.Transferred.ShouldBe(new ConfidenceBand(-0.10, 0.30, 50));
        bands.Priors.ShouldBe(new ConfidenceBand(-0.10, 0.30, 100));
    }

    [Fact]
    public void Monotone_AnyBands_PriorsEncloseTransferredEncloseCalibrated()
    {
        var random = new Random(9);
        for (var i = 0; i < 200; i++)
        {
            ConfidenceBand Band()
            {
                var a = (random.NextDouble() * 2) - 1;
                var b = (random.NextDouble() * 2) - 1;
                return new ConfidenceBand(Math.Min(a, b), Math.Max(a, b), 10);
            }

            var m = new ConfidenceBands("output_tps", Band(), Band(), Band()).Monotone();

            m.Transferred!.P10.ShouldBeLessThanOrEqualTo(m.Calibrated!.P10);
            m.Transferred.P90.ShouldBeGreaterThanOrEqualTo(m.Calibrated.P90);
            m.Priors!.P10.ShouldBeLessThanOrEqualTo(m.Transferred.P10);
            m.Priors.P90.ShouldBeGreaterThanOrEqualTo(m.Transferred.P90);
            m.Priors.Width.ShouldBeGreaterThanOrEqualTo(m.Transferred.Width);
            m.Transferred.Width.ShouldBeGreaterThanOrEqualTo(m.Calibrated.Width);
        }
    }

    private static CasePrediction Prediction(Metric metric, double errorPct) =>
        new(new BenchmarkCase("c", "g", "m", "h100-sxm", 1, 1, 1, 1, Precision.Fp8, null, 1, 1, new CaseConcurrency(ConcurrencyKind.Max, 0), metric, 100, "s"), 100 + errorPct, null);
}

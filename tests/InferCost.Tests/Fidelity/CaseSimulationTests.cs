using InferCost.Architecture;
using InferCost.Fidelity;
using InferCost.Tests.Support;

namespace InferCost.Tests.Fidelity;

/// <summary>Serving cases of the validation set, predicted by the serving simulator as the benchmark ran them.</summary>
public class CaseSimulationTests
{
    private static readonly CasePredictor Predictor = new(TestCatalog.Instance);

    private static BenchmarkCase Serving(Metric metric, CaseConcurrency concurrency, long? requests, int input = 1000, int output = 200) =>
        new("s", "test", "llama-3.1-8b", "h100-sxm", 1, 1, 1, 1, Precision.Fp8, null, input, output, concurrency, metric, 1000, "test",
            Set: MeasurementSet.Validation, Requests: requests);

    private static CaseConcurrency Users(int n) => new(ConcurrencyKind.Requests, n);

    private static double Simulated(BenchmarkCase c)
    {
        var p = Predictor.Predict(c);
        p.Supported.ShouldBeTrue(p.Reason);
        p.Simulated.ShouldBeTrue();
        return p.Predicted!.Value;
    }

    [Theory]
    [InlineData(Metric.TimeToFirstTokenMs, 0.01)]
    [InlineData(Metric.InterTokenLatencyMs, 0.05)]
    public void Predict_OneRequestAtConcurrencyOne_ReproducesTheAnalyticLatency(Metric metric, double tolerance)
    {
        // One request alone: its first token is its prompt's prefill, its gaps the decode steps of a batch of one. The
        // analytic path (the same case in the calibration set) composes the same passes; the simulator's ITL averages the
        // steps over the growing context, the analytic one takes the step at its mean context.
        var simulated = Simulated(Serving(metric, Users(1), requests: 1));
        var analytic = Predictor.Predict(Serving(metric, Users(1), requests: 1) with { Set = MeasurementSet.Calibration });

        analytic.Simulated.ShouldBeFalse();
        simulated.ShouldBe(analytic.Predicted!.Value, analytic.Predicted!.Value * tolerance);
    }

    [Fact]
    public void Predict_BurstsOfMoreRequests_WaitLongerForTheirFirstToken()
    {
        // A burst sends every prompt at once (concurrency = requests): each later prompt queues behind the earlier prefills.
        var ttft = new[] { 1, 8, 64, 512 }.Select(n => Simulated(Serving(Metric.TimeToFirstTokenMs, Users(n), requests: n))).ToList();

        ttft.ShouldBeInOrder(SortDirection.Ascending);
        ttft[^1].ShouldBeGreaterThan(ttft[0] * 10);
    }

    [Fact]
    public void Predict_RequestRateFarBelowSaturation_OutputRateIsTheOfferedTokens()
    {
        // One request every two seconds, each of 200 tokens done in well under a second: the server keeps up, so the
        // output rate over the run is the rate times the output length (less the last request's tail in the duration).
        var rate = Simulated(Serving(Metric.OutputTokensPerSecond, new CaseConcurrency(ConcurrencyKind.Rate, 0.5), requests: 1000));

        rate.ShouldBe(0.5 * 200, 0.5 * 200 * 0.01);
    }

    [Fact]
    public void Predict_RequestRateWithoutACount_SendsTheDocumentedDefault()
    {
        var c = Serving(Metric.InterTokenLatencyMs, new CaseConcurrency(ConcurrencyKind.Rate, 2), requests: null);

        CaseSimulation.RequestsOf(c).ShouldBe(CaseSimulation.DefaultRateRequests);
        CaseSimulation.RequestsOf(c with { Concurrency = Users(4), Metric = Metric.TimeToFirstTokenMs }).ShouldBe(CaseSimulation.MinimumDefaultRequests);
        CaseSimulation.RequestsOf(c with { Concurrency = Users(64), Metric = Metric.TimeToFirstTokenMs }).ShouldBe(640);
        Simulated(c).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Predict_IsDeterministic()
    {
        var c = Serving(Metric.TimeToFirstTokenMs, new CaseConcurrency(ConcurrencyKind.Rate, 20), requests: 500);

        Simulated(c).ShouldBe(Simulated(c));
    }

    [Fact]
    public void Predict_AllAtOnceWithoutACount_IsUnsupportedWithReason()
    {
        var p = Predictor.Predict(Serving(Metric.OutputTokensPerSecond, new CaseConcurrency(ConcurrencyKind.Rate, double.PositiveInfinity), requests: null));

        p.Supported.ShouldBeFalse();
        p.Reason!.ShouldContain("requests column");

        // With the count, qps:inf is a burst of that many.
        var burst = Simulated(Serving(Metric.TimeToFirstTokenMs, new CaseConcurrency(ConcurrencyKind.Rate, double.PositiveInfinity), requests: 64));
        burst.ShouldBe(Simulated(Serving(Metric.TimeToFirstTokenMs, Users(64), requests: 64)));
    }

    [Fact]
    public void Predict_CalibrationCases_StayAnalytic()
    {
        // Calibration fits per-pass factors on steady states, analytically: a calibration case at a rate is not simulated.
        var rate = Predictor.Predict(Serving(Metric.OutputTokensPerSecond, new CaseConcurrency(ConcurrencyKind.Rate, 4), requests: 100) with { Set = MeasurementSet.Calibration });
        rate.Supported.ShouldBeFalse();
        rate.Simulated.ShouldBeFalse();
        rate.Reason!.ShouldContain("calibration");

        var users = Predictor.Predict(Serving(Metric.OutputTokensPerSecond, Users(8), requests: 80) with { Set = MeasurementSet.Calibration });
        users.Supported.ShouldBeTrue(users.Reason);
        users.Simulated.ShouldBeFalse();
        CasePredictor.IsServingCase(Serving(Metric.OutputTokensPerSecond, Users(8), requests: 80)).ShouldBeTrue();
        CasePredictor.IsServingCase(Serving(Metric.OutputTokensPerSecond, Users(8), requests: null)).ShouldBeFalse();
    }

    [Fact]
    public void Predict_Disaggregated_StaysUnsupportedWithItsReason()
    {
        var p = Predictor.Predict(Serving(Metric.OutputTokensPerSecond, Users(8), requests: 80) with { Disaggregation = new CaseDisaggregation(1, 1) });

        p.Supported.ShouldBeFalse();
        p.Reason!.ShouldContain("disaggregated");
    }
}

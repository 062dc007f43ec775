using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Fidelity;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Fidelity;

/// <summary>Calibration recovers efficiency factors from cases the engine itself generated with them.</summary>
public class CalibrationRecoveryTests
{
    private static readonly ServingEfficiency Truth = new(
        BandwidthFraction: 0.7,
        ComputeFraction: 0.5,
        StepOverhead: Seconds.FromMicroseconds(800),
        RequestOverhead: Seconds.FromMicroseconds(3),
        UsableMemoryFraction: 0.93,
        LinkFraction: 0.6,
        ExpertComputeFraction: 0.75);

    [Fact]
    public void Fit_SyntheticHopperCases_RecoversTheFactorsThatMadeThem()
    {
        var catalog = TestCatalog.Instance;
        var truthCatalog = Calibrator.WithFamily(catalog, "hopper", Truth);
        var generator = new CasePredictor(truthCatalog);
        var shapes = new (string Model, int Tp)[] { ("llama-3.1-8b", 1), ("llama-3.1-70b", 2), ("llama-3.1-70b", 8), ("mixtral-8x7b", 1), ("mixtral-8x7b", 4) };
        var lengths = new (int In, int Out)[] { (128, 128), (128, 2048), (2048, 128), (5000, 500), (1000, 1000) };
        var cases = new List<BenchmarkCase>();
        foreach (var (model, tp) in shapes)
        {
            foreach (var (input, output) in lengths)
            {
                foreach (var (concurrency, metric) in new[]
                {
                    (new CaseConcurrency(ConcurrencyKind.Max, 0), Metric.OutputTokensPerSecond),
                    (new CaseConcurrency(ConcurrencyKind.Requests, 1), Metric.InterTokenLatencyMs),
                    (new CaseConcurrency(ConcurrencyKind.Requests, 16), Metric.InterTokenLatencyMs),
                })
                {
                    var template = new BenchmarkCase($"{model}-{tp}-{input}-{output}-{metric}-{concurrency}", "synthetic", model, "h200-sxm", tp, tp, 1, 1, Precision.Fp8, Precision.Fp8, input, output, concurrency, metric, 1, "engine");
                    var generated = generator.Predict(template);
                    generated.Supported.ShouldBeTrue(generated.Reason);
                    cases.Add(template with { Value = generated.Predicted!.Value });
                }
            }
        }

        var profile = Calibrator.Fit(catalog, cases, new SourceRef("synthetic", "2026"));

        var fitted = profile.Families["hopper"];
        fitted.RmsLogError.ShouldBeLessThan(0.01);
        fitted.Efficiency.BandwidthFraction.ShouldBe(Truth.BandwidthFraction, tolerance: 0.03);
        fitted.Efficiency.ComputeFraction.ShouldBe(Truth.ComputeFraction, tolerance: 0.03);
        fitted.Efficiency.LinkFraction.ShouldBe(Truth.LinkFraction, tolerance: 0.06);
        fitted.Efficiency.ExpertComputeFraction.ShouldBe(Truth.ExpertComputeFraction, tolerance: 0.06);
        (fitted.Efficiency.StepOverhead.Value * 1e6).ShouldBe(800, tolerance: 150);
    }
}

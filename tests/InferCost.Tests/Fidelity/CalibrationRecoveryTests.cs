using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Fidelity;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Fidelity;

/// <summary>Calibration recovers hardware and stack factors from cases the engine itself generated with them.</summary>
public class CalibrationRecoveryTests
{
    private static readonly ServingEfficiency Truth = new(
        BandwidthFraction: 0.7,
        ComputeFraction: 0.5,
        LinkFraction: 0.6);

    private static readonly StackFactors StackTruth = new(
        PassFixed: Seconds.FromMicroseconds(300),
        PerKernel: Seconds.FromMicroseconds(1.5),
        PerRequest: Seconds.FromMicroseconds(3),
        KvPoolFraction: 0.9,
        ExpertEfficiency: 0.8, // the trtllm prior: only Mixtral is MoE here, so the fit keeps it (see the next test)
        BlockFp8Efficiency: 0.8);

    private static readonly (string Model, int Tp)[] Shapes = [("llama-3.1-8b", 1), ("llama-3.1-70b", 2), ("llama-3.1-70b", 8), ("mixtral-8x7b", 1), ("mixtral-8x7b", 4)];

    [Fact]
    public void Fit_SyntheticHopperCases_RecoversTheFamilyAndStackFactorsThatMadeThem()
    {
        var catalog = TestCatalog.Instance;
        var cases = Generate(Calibrator.WithStack(Calibrator.WithFamily(catalog, "hopper", Truth), "trtllm", StackTruth), "h200-sxm");

        var profile = Calibrator.Fit(catalog, cases, new SourceRef("synthetic", "2026"));

        var fitted = profile.Families["hopper"];
        fitted.RmsLogError.ShouldBeLessThan(0.02);
        fitted.Efficiency.BandwidthFraction.ShouldBe(Truth.BandwidthFraction, tolerance: 0.03);
        fitted.Efficiency.ComputeFraction.ShouldBe(Truth.ComputeFraction, tolerance: 0.04);
        fitted.Efficiency.LinkFraction.ShouldBe(Truth.LinkFraction, tolerance: 0.1);
        var stack = profile.Stacks["trtllm"].Factors;
        (stack.PerKernel.Value * 1e6).ShouldBe(1.5, tolerance: 0.5);

        // Llama-3.1-70B at TP 1 launches 4 + 80 x 9 = 724 kernels a pass: t_pass = 300 + 724 x 1.5 = 1,386 us.
        ((stack.PassFixed.Value * 1e6) + (stack.PerKernel.Value * 1e6 * 724)).ShouldBe(300 + (1.5 * 724), tolerance: 150);
    }

    [Fact]
    public void Fit_FactorsSeenThroughOneModelFamily_KeepTheirPriors()
    {
        // Only Mixtral is MoE here, so the stack's grouped-GEMM efficiency is seen through one model family: the fit
        // cannot tell the kernel from Mixtral's own unmodelled physics, and keeps the prior (0.8), not the truth (0.5).
        // No case is block-scaled FP8: that factor is not seen at all. Everything the Llama and Mixtral cases both see is fitted.
        var catalog = TestCatalog.Instance;
        var truth = StackTruth with { ExpertEfficiency = 0.5 };
        var cases = Generate(Calibrator.WithStack(Calibrator.WithFamily(catalog, "hopper", Truth), "trtllm", truth), "h200-sxm");

        var profile = Calibrator.Fit(catalog, cases, new SourceRef("synthetic", "2026"));

        var stack = profile.Stacks["trtllm"];
        stack.FittedKeys.ShouldBe(["passFixedUs", "perKernelUs", "perRequestUs", "kvPoolFraction"]);
        stack.Factors.ExpertEfficiency.ShouldBe(catalog.Stacks["trtllm"].Factors.ExpertEfficiency);
        stack.Factors.BlockFp8Efficiency.ShouldBe(catalog.Stacks["trtllm"].Factors.BlockFp8Efficiency);
        profile.Families["hopper"].FittedKeys.ShouldBe(["bandwidthFraction", "computeFraction", "linkFraction"]);
    }

    [Fact]
    public void Fit_OwnerSeenThroughOneModelFamilyOnly_IsLeftOutOfTheProfile()
    {
        // Llama cases alone: every factor is seen through the llama-3 family only, so nothing is fitted and neither the
        // family nor the stack is claimed as calibrated (estimates on them say "priors").
        var catalog = TestCatalog.Instance;
        var cases = Generate(Calibrator.WithStack(Calibrator.WithFamily(catalog, "hopper", Truth), "trtllm", StackTruth), "h200-sxm")
            .Where(c => c.Model.StartsWith("llama", StringComparison.Ordinal)).ToList();

        var profile = Calibrator.Fit(catalog, cases, new SourceRef("synthetic", "2026"));

        profile.Families.ShouldBeEmpty();
        profile.Stacks.ShouldBeEmpty();
        BoundWarnings.Of(profile).ShouldBeEmpty();
    }

    [Fact]
    public void Fit_FitsOnlyTheCalibrationSet_ValidationRowsNeverMoveAFactor()
    {
        var catalog = TestCatalog.Instance;
        var cases = Generate(Calibrator.WithStack(Calibrator.WithFamily(catalog, "hopper", Truth), "trtllm", StackTruth), "h200-sxm");

        // The same shapes measured 40% slower, marked validation: were they fitted, the bandwidth fraction would fall.
        var poisoned = cases.Concat(cases.Select(c => c with
        {
            Id = c.Id + "-v",
            Value = c.Metric == Metric.InterTokenLatencyMs ? c.Value * 1.4 : c.Value / 1.4,
            Set = MeasurementSet.Validation,
        })).ToList();

        var clean = Calibrator.Fit(catalog, cases, new SourceRef("synthetic", "2026"));
        var withValidation = Calibrator.Fit(catalog, poisoned, new SourceRef("synthetic", "2026"));

        withValidation.Families["hopper"].Cases.ShouldBe(clean.Families["hopper"].Cases);
        withValidation.Families["hopper"].Efficiency.ShouldBe(clean.Families["hopper"].Efficiency);
        withValidation.Stacks["trtllm"].Factors.ShouldBe(clean.Stacks["trtllm"].Factors);
    }

    private static List<BenchmarkCase> Generate(InferCostCatalog truth, string gpu)
    {
        var generator = new CasePredictor(truth);
        var lengths = new (int In, int Out)[] { (128, 128), (128, 2048), (2048, 128), (5000, 500), (1000, 1000) };
        var cases = new List<BenchmarkCase>();
        foreach (var (model, tp) in Shapes)
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
                    var template = new BenchmarkCase($"{model}-{tp}-{input}-{output}-{metric}-{concurrency}", "synthetic", model, gpu, tp, tp, 1, 1, Precision.Fp8, Precision.Fp8, input, output, concurrency, metric, 1, "engine", "trtllm");
                    var generated = generator.Predict(template);
                    generated.Supported.ShouldBeTrue(generated.Reason);
                    cases.Add(template with { Value = generated.Predicted!.Value });
                }
            }
        }

        return cases;
    }
}

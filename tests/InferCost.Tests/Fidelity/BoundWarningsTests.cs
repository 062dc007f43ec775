using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Fidelity;
using InferCost.Tests.Support;

namespace InferCost.Tests.Fidelity;

/// <summary>Every fitted factor that ends at its bound is warned about; none that does not.</summary>
public class BoundWarningsTests
{
    [Fact]
    public void Of_ShippedProfile_WarnsExactlyForTheFactorsAtTheirBounds()
    {
        var profile = ShippedCalibration.LoadBuiltIn().Value!;

        var warnings = BoundWarnings.Of(profile);

        // data/calibration/default.yaml (docs/validation.md, Bound warnings): of the factors the cases identify (through
        // two model families at least), only the fixed time per pass of TensorRT-LLM's PyTorch backend ends at a bound:
        // its floor of 0 (offline-throughput rows barely tell it from the per-kernel time).
        warnings.Select(w => $"{w.Owner} {w.Factor.Key} {(w.Upper ? "upper" : "lower")} {w.Bound}").ShouldBe(["trtllm-pytorch passFixedUs lower 0"]);
        warnings[0].Message.ShouldStartWith("trtllm-pytorch: passFixedUs (fixed software time per forward pass) = 0.1 is at its lower bound 0; a factor at its bound is physics the model lacks");
    }

    [Fact]
    public void Of_EveryFactorOfEveryShippedFamily_AtABoundHasAWarning()
    {
        var profile = ShippedCalibration.LoadBuiltIn().Value!;
        var warned = BoundWarnings.Of(profile).Select(w => (w.Owner, w.Factor.Key)).ToHashSet();

        var fitted = profile.Families.Values.SelectMany(f => EfficiencyFactor.Family.Select(x => (Owner: f.Family, Factor: x, Value: x.Read(f.Efficiency))))
            .Concat(profile.Stacks.Values.SelectMany(s => EfficiencyFactor.Stack.Select(x => (Owner: s.Stack, Factor: x, Value: x.Read(s.Factors)))));
        foreach (var (owner, factor, v) in fitted)
        {
            var (lo, hi) = factor.Range;

            // At a bound: within a thousandth of the range (tighter than the warning's 1%).
            var atBound = v - lo <= (hi - lo) / 1000 || hi - v <= (hi - lo) / 1000;
            if (atBound)
            {
                warned.ShouldContain((owner, factor.Key), $"{owner} {factor.Key} = {v} is at a bound of [{lo}, {hi}] without a warning");
            }
        }
    }

    [Fact]
    public void Fit_CasesFasterThanAnyFactorAllows_PinsFactorsAtTheirBoundsAndWarns()
    {
        // Single-request L40S cases of two model families (Llama 3.1 8B, Mistral 7B) measured at four times what the
        // priors predict: no factor in its range reaches that, so the fit drives the family's bandwidth fraction to its
        // 0.98 ceiling and the stack's per-kernel cost to its floor of 0.5 us (eight cases: the minimum is lowered to fit them at all).
        var catalog = TestCatalog.Instance;
        var predictor = new CasePredictor(catalog);
        var shapes = new[] { (128, 128), (128, 512), (512, 256), (1024, 128) };
        var cases = new[] { "llama-3.1-8b", "mistral-7b" }.SelectMany(model => shapes.Select((shape, i) =>
        {
            var c = new BenchmarkCase($"fast-{model}-{i}", "synthetic", model, "l40s", 1, 1, 1, 1, Precision.Fp8, Precision.Fp8, shape.Item1, shape.Item2,
                new CaseConcurrency(ConcurrencyKind.Requests, 1), Metric.OutputTokensPerSecond, 1, "synthetic");
            return c with { Value = 4 * predictor.Predict(c).Predicted!.Value };
        })).ToList();

        var profile = Calibrator.Fit(catalog, cases, new SourceRef("synthetic", "2026"), minimumCases: 3);
        var warnings = BoundWarnings.Of(profile);

        warnings.ShouldContain(w => w.Owner == "ada" && w.Factor.Key == "bandwidthFraction" && w.Upper && w.Bound == 0.98, string.Join("; ", warnings.Select(w => w.Message)));
        warnings.ShouldContain(w => w.Owner == "trtllm" && w.Factor.Key == "perKernelUs" && !w.Upper && w.Bound == 0.5);
    }

    [Fact]
    public void Of_FactorsInsideTheirRanges_GiveNoWarning()
    {
        var mid = new ServingEfficiency(0.6, 0.5, 0.6);
        var profile = new CalibrationProfile(new SourceRef("s", "2026"), System.Collections.Immutable.ImmutableSortedDictionary<string, FamilyCalibration>.Empty.Add("hopper", new FamilyCalibration("hopper", mid, 10, 0.1)));

        BoundWarnings.Of(profile).ShouldBeEmpty();
    }
}

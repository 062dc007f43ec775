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

        // data/calibration/default.yaml: ada stepOverheadUs 0.1 (range 0-3000), expertComputeFraction 1 (0.2-1);
        // ampere stepOverheadUs 3000, requestOverheadUs 0 (0-20), usableMemoryFraction 0.99 (0.8-0.99), linkFraction 0.2
        // (0.2-1); hopper stepOverheadUs 2999.9. Hopper's usableMemoryFraction 0.9877 is 0.0023 from 0.99, more than 1%
        // of its 0.19 range (0.0019): not at the bound.
        warnings.Select(w => $"{w.Owner} {w.Factor.Key} {(w.Upper ? "upper" : "lower")} {w.Bound}").ShouldBe(
        [
            "ada stepOverheadUs lower 0",
            "ada expertComputeFraction upper 1",
            "ampere stepOverheadUs upper 3000",
            "ampere requestOverheadUs lower 0",
            "ampere usableMemoryFraction upper 0.99",
            "ampere linkFraction lower 0.2",
            "hopper stepOverheadUs upper 3000",
        ]);
        warnings[2].Message.ShouldBe(
            "ampere: stepOverheadUs (fixed overhead per forward step) = 3000 is at its upper bound 3000; a factor at its bound is physics the model lacks (the fit wanted to go further), not a measured efficiency.");
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
        // Single-request L40S cases measured at four times what the priors predict: no factor in its range reaches that,
        // so the fit drives the family's bandwidth fraction to its 0.98 ceiling and the stack's per-kernel cost to its
        // floor of 0.5 us (four cases: the minimum is lowered to fit them at all).
        var catalog = TestCatalog.Instance;
        var predictor = new CasePredictor(catalog);
        var cases = new[] { (128, 128), (128, 512), (512, 256), (1024, 128) }.Select((shape, i) =>
        {
            var c = new BenchmarkCase($"fast-{i}", "synthetic", "llama-3.1-8b", "l40s", 1, 1, 1, 1, Precision.Fp8, Precision.Fp8, shape.Item1, shape.Item2,
                new CaseConcurrency(ConcurrencyKind.Requests, 1), Metric.OutputTokensPerSecond, 1, "synthetic");
            return c with { Value = 4 * predictor.Predict(c).Predicted!.Value };
        }).ToList();

        var profile = Calibrator.Fit(catalog, cases, new SourceRef("synthetic", "2026"), minimumCases: 3);
        var warnings = BoundWarnings.Of(profile);

        warnings.ShouldContain(w => w.Owner == "ada" && w.Factor.Key == "bandwidthFraction" && w.Upper && w.Bound == 0.98);
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

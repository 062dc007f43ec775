using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Analysis;

public class LeverAnalysisTests
{
    private static readonly string[] Alternatives = ["llama-4-scout", "gpt-oss-120b", "deepseek-v3"];

    private static LeverResult Run(Scenario s) =>
        LeverAnalysis.Run(s, LeverRanges.For(s, TestCatalog.Instance.Regions.Values, Alternatives.Select(id => TestCatalog.Instance.Models[id]))).Value;

    private static Estimate Direct(Scenario s) => CostEstimator.Estimate(s, Derivation.Off()).Value;

    // The base scenario moved to a setting, written out here rather than taken from the lever, so a wrong lever fails.
    private static Scenario Moved(Scenario s, LeverKind kind, string value) => kind switch
    {
        LeverKind.Quantization => s with { Weights = Enum.Parse<Precision>(value, ignoreCase: true) },
        LeverKind.Batch => s with { Batch = value == "max" ? BatchSize.Max : BatchSize.Of(int.Parse(value)) },
        LeverKind.AttendedContext => s with { InputTokens = (int)Math.Round(s.InputTokens * double.Parse(value.TrimEnd('%')) / 100) },
        LeverKind.KvPrecision => s with { Kv = Enum.Parse<Precision>(value, ignoreCase: true) },
        LeverKind.Utilisation => s with { Finance = s.Finance with { Utilisation = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) } },
        LeverKind.PowerPrice => s with
        {
            Facility = s.Facility with { PowerPrice = TestCatalog.Instance.Regions[value].PowerPrice },
            RegionId = value,
        },
        LeverKind.Pue => s with { Facility = s.Facility with { Pue = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) } },
        LeverKind.Model => s with { Model = TestCatalog.Instance.Models[value] },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Fact]
    public void Run_EveryEnd_EqualsADirectEstimateOfTheBaseMovedToThatSetting()
    {
        var s = TestScenarios.Of();
        var r = Run(s);
        r.Swings.Count.ShouldBe(Enum.GetValues<LeverKind>().Length);
        foreach (var w in r.Swings)
        {
            foreach (var end in new[] { w.Low, w.High })
            {
                var direct = Direct(Moved(s, w.Lever.Kind, end.Setting.Value)).Cost;
                end.Estimate.Cost.PerMillionOutputTokens.ShouldBe(direct.PerMillionOutputTokens, $"{w.Lever.Kind} = {end.Setting.Value}");
                end.Estimate.Cost.PerMillionInputTokens.ShouldBe(direct.PerMillionInputTokens, $"{w.Lever.Kind} = {end.Setting.Value}");
            }

            w.Low.Estimate.Cost.PerMillionOutputTokens.Value.ShouldBeLessThanOrEqualTo(w.High.Estimate.Cost.PerMillionOutputTokens.Value);
        }

        r.Base.Cost.PerMillionOutputTokens.ShouldBe(Direct(s).Cost.PerMillionOutputTokens);
    }

    [Fact]
    public void Run_Utilisation_CapitalLayersScaleByBaseOverSetting()
    {
        var s = TestScenarios.Of();
        var r = Run(s);
        var w = r.Swings.Single(x => x.Lever.Kind == LeverKind.Utilisation);
        w.Low.Setting.Value.ShouldBe("0.85");
        w.High.Setting.Value.ShouldBe("0.4");
        double Layer(Estimate e, string id) => e.Cost.Breakdown.Single(l => l.Id == id).PerMillionOutputTokens.Value;
        foreach (var id in new[] { "gpu-capital", "rack-capital" })
        {
            var atBase = Layer(r.Base, id);
            Layer(w.Low.Estimate, id).ShouldBe(atBase * 0.65 / 0.85, tolerance: atBase * 1e-12);
            Layer(w.High.Estimate, id).ShouldBe(atBase * 0.65 / 0.40, tolerance: atBase * 1e-12);
        }
    }

    [Fact]
    public void Run_Batch_CheapestIsTheLargestThatFitsAndDearestIsOne_WhileMemoryBound()
    {
        var s = TestScenarios.Of();
        var r = Run(s);
        var w = r.Swings.Single(x => x.Lever.Kind == LeverKind.Batch);
        var largest = Direct(s with { Batch = BatchSize.Max }).Memory.Batch;
        largest.ShouldBeInRange(65, 127); // 70B at FP8 on one H200: more than 64 requests of 4.6K tokens fit, 128 do not.
        w.Low.Setting.Value.ShouldBe("max");
        w.Low.Estimate.Memory.Batch.ShouldBe(largest);
        w.High.Setting.Value.ShouldBe("1");

        // Decode is memory-bound on this scenario, so every doubling that fits makes a token cheaper.
        var costs = new[] { 1, 8, 16, 32, 64, largest }.Select(b => Direct(s with { Batch = BatchSize.Of(b) }).Cost.PerMillionOutputTokens.Value).ToList();
        costs.ShouldBe([.. costs.OrderDescending()]);
        r.Skipped.Where(k => k.Lever.Kind == LeverKind.Batch).Select(k => k.Setting.Value).ShouldBe(["128", "256"]);
    }

    [Fact]
    public void Run_SortsBySpanAndListsWhatDoesNotFit()
    {
        var r = Run(TestScenarios.Of());
        var spans = r.Swings.Select(w => w.Span.Value).ToList();
        spans.ShouldBe([.. spans.OrderDescending()]);
        r.Swings[0].Lever.Kind.ShouldBe(LeverKind.Batch);

        // 70B at FP16 is 141 GB of weights: more than one H200 holds.
        var skipped = r.Skipped.Select(k => (k.Lever.Kind, k.Setting.Value)).ToList();
        skipped.ShouldContain((LeverKind.Quantization, "fp16"));
        skipped.ShouldContain((LeverKind.Model, "deepseek-v3"));
        r.Skipped.Single(k => k.Setting.Value == "deepseek-v3").Reason.ShouldContain("fits");
        var quantization = r.Swings.Single(w => w.Lever.Kind == LeverKind.Quantization);
        quantization.Feasible.ShouldBe(2);
        quantization.Low.Setting.Value.ShouldBe("fp4");
        quantization.High.RelativeToBase.ShouldBe(1);
    }

    [Fact]
    public void Run_LeverWithNoFeasibleSetting_IsOnlyListedAsSkipped()
    {
        var s = TestScenarios.Of();
        var lever = new Lever(LeverKind.Quantization, "FP16 only", [new LeverSetting("fp16", s with { Weights = Precision.Fp16 })]);
        var r = LeverAnalysis.Run(s, [lever]).Value;
        r.Swings.ShouldBeEmpty();
        r.Skipped.Single().Setting.Value.ShouldBe("fp16");
    }

    [Fact]
    public void Run_BaseThatCannotBeEstimated_Fails()
    {
        var s = TestScenarios.Of(weights: Precision.Fp16, kv: Precision.Fp16);
        LeverAnalysis.Run(s, LeverRanges.For(s, [], [])).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Run_ChangeVsBase_IsRelativeMinusOne()
    {
        var r = Run(TestScenarios.Of());
        var w = r.Swings.Single(x => x.Lever.Kind == LeverKind.Pue);
        w.Low.ChangeVsBase.ShouldBe((w.Low.Estimate.Cost.PerMillionOutputTokens.Value / r.Base.Cost.PerMillionOutputTokens.Value) - 1, tolerance: 1e-15);
        w.Low.ChangeVsBase.ShouldBeLessThan(0);
        w.Span.ShouldBe(new DollarsPerMillionTokens(w.High.Estimate.Cost.PerMillionOutputTokens.Value - w.Low.Estimate.Cost.PerMillionOutputTokens.Value));
    }
}

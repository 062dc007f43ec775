using CsCheck;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;

namespace InferCost.Tests.Performance;

/// <summary>Speculative decoding: the tokens a verify pass yields, the iteration's physics, the drafter's memory, and its errors.</summary>
public class SpeculativeDecodingTests
{
    private static readonly InferCost.Catalog.InferCostCatalog Catalog = TestCatalog.Instance;

    [Theory]
    [InlineData(1, 0.85, 1.85)]               // 1 + 0.85
    [InlineData(3, 0.5, 1.875)]               // 1 + 0.5 + 0.25 + 0.125
    [InlineData(4, 0.0, 1.0)]                 // nothing accepted: the model's own token
    [InlineData(4, 1.0, 5.0)]                 // everything accepted: k + 1
    [InlineData(2, 0.9, 2.71)]                // 1 + 0.9 + 0.81
    public void TokensPerVerify_IsTheAcceptedPrefixPlusOne(int k, double alpha, double expected) =>
        Speculation.TokensPerVerify(k, alpha).ShouldBe(expected, tolerance: 1e-12);

    [Fact]
    public void DeepSeekV3_HasOneMtpModule_AndThePublishedAcceptance()
    {
        var v3 = Catalog.Models["deepseek-v3"];
        v3.Profile.Architecture.NextTokenLayers.ShouldBe(1);
        v3.Mtp.ShouldNotBeNull().Acceptance.ShouldBe(0.85);
        v3.Mtp.Source.Reference.ShouldContain("2412.19437");
        Catalog.Models["kimi-k2"].Profile.Architecture.NextTokenLayers.ShouldBe(0);
        Catalog.Models["llama-3.1-70b"].Profile.Architecture.NextTokenLayers.ShouldBe(0);
    }

    [Fact]
    public void MtpModule_IsOneLayer_OfAboutThePublishedSize()
    {
        // The hub's 685B checkpoint less the 671B main model: 14B for the MTP module, which stores its own copy of the
        // embedding and head (2 x 129,280 x 7,168 = 1.85B). The module's layer is the rest, about 12B.
        var module = Speculation.MtpModule(Catalog.Models["deepseek-v3"]).Profile;
        module.Architecture.LayerCount.ShouldBe(1);
        var layer = module.Parameters.Total - module.Parameters.Embedding - module.Parameters.LmHead;
        layer.ShouldBeInRange(11e9, 13e9);
    }

    [Fact]
    public void Drafter_AddsItsWeightsAndKv_AndShrinksTheBatchThatFits()
    {
        var plain = TestScenarios.Of(model: "deepseek-v3", tp: 8, batch: BatchSize.Max);
        var spec = Mtp(plain, 1, 0.85);
        var c = new ScenarioContext(spec);
        var drafter = MemoryPlanner.DrafterWeightsPerGpu(c.Drafting!);
        // FP8 weights over TP 8: about 12B x 1 B / 8 = 1.5 GB per GPU, with no second embedding or head.
        drafter.Value.ShouldBeInRange(1.3e9, 1.6e9);
        MemoryPlanner.WeightsPerGpu(c).Value.ShouldBe(MemoryPlanner.WeightsPerGpu(new ScenarioContext(plain)).Value + drafter.Value, tolerance: 1);
        // One more layer of MLA latent per token: the model's KV times 1 / 61.
        var kv = MemoryPlanner.KvPerRequest(c, 4608).Value;
        var own = MemoryPlanner.KvPerRequest(new ScenarioContext(plain), 4608).Value;
        kv.ShouldBe(own * 62 / 61, tolerance: own * 1e-9);
        Estimate(spec).Memory.MaxBatch.ShouldBeLessThan(Estimate(plain).Memory.MaxBatch);
    }

    [Fact]
    public void StepTime_IsTheIterationOverTheTokensItYields()
    {
        var s = Mtp(TestScenarios.Of(model: "deepseek-v3", tp: 8), 3, 0.7);
        var c = new ScenarioContext(s);
        var context = c.AverageDecodeContext;
        var verify = IterationModel.Interval(c, IterationMix.DecodeOf(4, 64, c.DecodeAttendedPositions(context)), 1, 64, 4608, out _);
        var draft = IterationModel.Interval(c.Drafting!.Drafter, IterationMix.DecodeOf(1, 64, c.Drafting.Drafter.DecodeAttendedPositions(context)), 1, 0, 0, out _);
        var tau = 1 + 0.7 + 0.49 + 0.343;
        DecodeStepModel.StepTime(c, 64, context, out _).Value.ShouldBe((verify.Value + (3 * draft.Value)) / tau, tolerance: 1e-15);
        Estimate(s).Latency.TimePerOutputToken.Value.ShouldBe((verify.Value + (3 * draft.Value)) / tau, tolerance: 1e-15);
    }

    [Fact]
    public void NothingAccepted_CostsMore_AndAcceptanceLowersTheCost()
    {
        var plain = TestScenarios.Of(model: "deepseek-v3", tp: 8);
        var baseline = Estimate(plain).Cost.PerMillionOutputTokens.Value;
        Estimate(Mtp(plain, 1, 0)).Cost.PerMillionOutputTokens.Value.ShouldBeGreaterThan(baseline);
        var costs = new[] { 0.2, 0.4, 0.6, 0.8, 0.95 }.Select(a => Estimate(Mtp(plain, 2, a)).Cost.PerMillionOutputTokens.Value).ToList();
        costs.ShouldBeInOrder(SortDirection.Descending);
        costs[^1].ShouldBeLessThan(baseline);
    }

    [Fact]
    public void Verify_ReadsTheKvOnce_ForAllItsQueries()
    {
        var c = new ScenarioContext(Mtp(TestScenarios.Of(model: "deepseek-v3", tp: 8), 3, 0.7));
        var positions = c.DecodeAttendedPositions(4000);
        var one = IterationModel.Work(c, IterationMix.DecodeOf(1, 64, positions));
        var four = IterationModel.Work(c, IterationMix.DecodeOf(4, 64, positions));
        four.KvBytes.ShouldBe(one.KvBytes);
        four.AttentionFlops.Value.ShouldBe(4 * one.AttentionFlops.Value, tolerance: one.AttentionFlops.Value * 1e-12);
        four.ActivationBytes.Value.ShouldBe(4 * one.ActivationBytes.Value, tolerance: one.ActivationBytes.Value * 1e-12);
    }

    [Fact]
    public void Explain_RecordsTheDraftTheIterationAndTau()
    {
        var d = Derivation.Recording();
        CostEstimator.Estimate(Mtp(TestScenarios.Of(model: "deepseek-v3", tp: 8), 1, 0.85), d).Succeeded.ShouldBeTrue();
        var names = d.Steps.Select(s => s.Name).ToList();
        names.ShouldContain("Draft pass time");
        names.ShouldContain("Speculative iteration time");
        names.ShouldContain("Tokens per iteration per request");
        names.ShouldContain("Weights per GPU with the drafter");
        d.Steps.Single(s => s.Name == "Tokens per iteration per request").Result.Value.ShouldBe(1.85, tolerance: 1e-12);
    }

    [Fact]
    public void Resolve_RefusesWhatCannotDraft()
    {
        var llama = Catalog.Models["llama-3.1-70b"];
        Speculation.Resolve(llama, "mtp", null, null, Catalog).Errors.Single().Reason.ShouldContain("no multi-token-prediction module");
        Speculation.Resolve(llama, "qwen3-8b", null, 0.7, Catalog).Errors.Single().Reason.ShouldContain("vocabulary");
        Speculation.Resolve(llama, "llama-3.1-405b", null, 0.7, Catalog).Errors.Single().Reason.ShouldContain("no smaller");
        Speculation.Resolve(llama, "llama-3.1-8b", null, null, Catalog).Errors.Single().Field.ShouldBe("acceptance");
        var ok = Speculation.Resolve(llama, "llama-3.1-8b", 4, 0.6, Catalog).Value;
        (ok.IsMtp, ok.DraftTokens, ok.Acceptance).ShouldBe((false, 4, 0.6));
        var mtp = Speculation.Resolve(Catalog.Models["deepseek-v3"], "mtp", null, null, Catalog).Value;
        (mtp.IsMtp, mtp.DraftTokens, mtp.Acceptance).ShouldBe((true, 1, 0.85));
        Speculation.Resolve(Catalog.Models["deepseek-r1"], "mtp", null, null, Catalog).Errors.Single().Field.ShouldBe("acceptance");
    }

    [Fact]
    public void PointEstimator_MatchesTheExplainedEstimate_WithAnyDrafter()
    {
        var feasible = 0;
        Gen.Select(ScenarioGenerators.AnyWithMaxAndReplicas, Gen.Int[1, 5], Gen.Double[0, 1], (s, k, a) => Mtp(s, k, a))
            .Where(s => InferCost.Scenarios.Fields.ScenarioValidator.Validate(s).Count == 0)
            .Sample(s =>
            {
                var full = CostEstimator.Estimate(s, Derivation.Off());
                var point = InferCost.Sweeps.PointEstimator.Evaluate(new InferCost.Sweeps.PointInputs(new ScenarioContext(s)));
                point.IsFeasible.ShouldBe(full.Succeeded);
                if (!full.Succeeded)
                {
                    return;
                }

                Interlocked.Increment(ref feasible);
                var e = full.Value;
                point.Batch.ShouldBe(e.Memory.Batch);
                point.StepTime.ShouldBe(e.Latency.TimePerOutputToken);
                point.AveragePower.ShouldBe(e.Energy.AverageActivePower);
                point.EnergyPerOutputToken.ShouldBe(e.Energy.JoulesPerOutputToken);
                point.OutputCost.ShouldBe(e.Cost.PerMillionOutputTokens);
                point.InputCost.ShouldBe(e.Cost.PerMillionInputTokens);
            }, iter: 600);
        feasible.ShouldBeGreaterThan(100);
    }

    // The model's own last layer as an MTP drafter (any architecture has one to copy, whatever its config declares).
    private static Scenario Mtp(Scenario s, int k, double acceptance) =>
        s with { Speculation = new Speculation(Speculation.MtpModule(s.Model), IsMtp: true, k, acceptance) };

    private static Estimate Estimate(Scenario s) => CostEstimator.Estimate(s, Derivation.Off()).Value;
}

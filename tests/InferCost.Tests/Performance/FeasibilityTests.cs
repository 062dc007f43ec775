using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Performance;

/// <summary>One decision whether a batch can be served, and one sentence for each reason it cannot.</summary>
public class FeasibilityTests
{
    private static readonly Bytes Gb = new(1e9);

    // 100 GB usable, 60 GB weights, 10 GB workspace, 2 GB KV a request: (100 - 60 - 10) / 2 = 15 requests fit.
    private static MemoryFit Fit(BatchSize batch, int cap = 1000, long context = 1000, int maxContext = 0) =>
        Feasibility.Of(Gb * 100, Gb * 60, Gb * 10, Gb * 2, cap, batch, context, maxContext);

    [Fact]
    public void Of_BatchWithinMemory_IsFeasibleWithHandComputedFigures()
    {
        var f = Fit(BatchSize.Of(10));

        f.Status.ShouldBe(PointStatus.Feasible);
        (f.MaxBatch, f.Batch).ShouldBe((15, 10));
        f.Required.Value.ShouldBe(90e9, 1e-3);
    }

    [Fact]
    public void Of_Max_TakesTheLargestThatFits() => Fit(BatchSize.Max).Batch.ShouldBe(15);

    [Fact]
    public void Of_MaxUnderTheSchedulerCap_IsCapped() => Fit(BatchSize.Max, cap: 8).Batch.ShouldBe(8);

    [Fact]
    public void Of_BatchBeyondMemory_DoesNotFit() => Fit(BatchSize.Of(16)).Status.ShouldBe(PointStatus.BatchDoesNotFit);

    [Fact]
    public void Of_BatchBeyondTheCap_ExceedsTheRequestLimitBeforeMemory() => Fit(BatchSize.Of(20), cap: 12).Status.ShouldBe(PointStatus.ExceedsRequestLimit);

    [Fact]
    public void Of_ContextBeyondTheModel_ComesFirst() => Fit(BatchSize.Of(20), cap: 12, context: 5000, maxContext: 4096).Status.ShouldBe(PointStatus.ExceedsContext);

    [Fact]
    public void Of_WeightsAndWorkspaceFillMemory_NothingFitsWithOneRequestsNeed()
    {
        var f = Feasibility.Of(Gb * 100, Gb * 95, Gb * 10, Gb * 2, 1000, BatchSize.Of(4), 1000, 0);

        f.Status.ShouldBe(PointStatus.NothingFits);
        f.MaxBatch.ShouldBe(0);
        f.Required.Value.ShouldBe(107e9, 1e-3);
    }

    [Fact]
    public void Reason_EachStatus_HasItsOneSentence()
    {
        Infeasibility.Reason(Fit(BatchSize.Of(16)), 1000, 0, 1000)
            .ShouldBe("batch 16 does not fit: needs 102.0 GB per GPU, 100.0 GB usable; the largest batch that fits is 15");
        Infeasibility.Reason(Fit(BatchSize.Of(20), cap: 12), 12, 0, 1000)
            .ShouldBe("batch 20 exceeds the serving stack's limit of 12 requests in flight per replica; the largest batch that fits is 12");
        Infeasibility.Reason(Fit(BatchSize.Of(1), context: 5000, maxContext: 4096), 1000, 4096, 5000)
            .ShouldBe("input + output = 5,000 tokens exceeds the model's maximum context of 4,096 tokens");
        Infeasibility.Reason(Feasibility.Of(Gb * 100, Gb * 95, Gb * 10, Gb * 2, 1000, BatchSize.Of(4), 1000, 0), 1000, 0, 1000)
            .ShouldBe("not even one request fits: 107.0 GB needed per GPU, 100.0 GB usable");
        Infeasibility.Reason(Fit(BatchSize.Of(1)), 1000, 0, 1000).ShouldBeEmpty();
    }

    [Fact]
    public void Estimate_BatchThatDoesNotFit_SaysTheSameSentenceAsTheSweepKernelsFigures()
    {
        var s = TestScenarios.Of(batch: BatchSize.Of(500));
        var c = new ScenarioContext(s);

        var error = CostEstimator.Estimate(s, Derivation.Off()).Errors.ShouldHaveSingleItem();
        var point = PointEstimator.Evaluate(new PointInputs(c));
        var sweepSentence = Infeasibility.Reason(point.FitFor(s.Batch), s.Serving.MaxRunningRequests, c.Profile.Architecture.MaxContext, (long)s.InputTokens + s.OutputTokens);

        (error.Source, error.Field, error.Code).ShouldBe(("scenario", "batch", ErrorCodes.BatchDoesNotFit));
        error.Reason.ShouldStartWith(sweepSentence + ".");
        sweepSentence.ShouldStartWith("batch 500 does not fit: needs ");
        error.Reason.ShouldNotContain("--");
    }

    [Fact]
    public void Estimate_BatchBeyondTheSchedulerCap_IsTheRequestLimitCode()
    {
        var s = TestScenarios.Of(model: "llama-3.1-8b", batch: BatchSize.Of(5000), input: 128, output: 128);

        var e = CostEstimator.Estimate(s).Errors.ShouldHaveSingleItem();

        (e.Field, e.Code).ShouldBe(("batch", ErrorCodes.ExceedsRequestLimit));
        e.Reason.ShouldContain("exceeds the serving stack's limit of 4096 requests in flight");
    }

    [Fact]
    public void FindModel_Unknown_IsAModelFieldErrorWithoutACommandLine()
    {
        var e = TestCatalog.Instance.FindModel("llama-3.1-70").Errors.ShouldHaveSingleItem();

        (e.Source, e.Field, e.Code).ShouldBe(("catalog", "model", ErrorCodes.UnknownModel));
        e.Reason.ShouldContain("did you mean 'llama-3.1-70b'");
        e.Reason.ShouldNotContain("infercost");
        TestCatalog.Instance.FindAccelerator("h200").Errors[0].Code.ShouldBe(ErrorCodes.UnknownAccelerator);
        TestCatalog.Instance.FindRegion("oregan").Errors[0].Code.ShouldBe(ErrorCodes.UnknownRegion);
    }
}

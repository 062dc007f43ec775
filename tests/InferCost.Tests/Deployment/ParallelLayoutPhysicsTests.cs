using InferCost.Architecture;
using InferCost.Deployment;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Deployment;

/// <summary>
/// Pipeline, expert and attention-data parallelism against hand arithmetic: the memory split, the all-to-all bytes and
/// times, the pipeline's schedule and bubble, and TP across scale-up domains.
/// </summary>
public class ParallelLayoutPhysicsTests
{
    private static ScenarioContext Context(string model, string gpu, ParallelLayout layout, Precision weights = Precision.Fp8) =>
        new(TestScenarios.Of(model, gpu, weights: weights).WithLayout(layout));

    [Fact]
    public void WeightsPerGpu_TensorTimesPipeline_IsTheStagesLayersOverTpPlusOneVocabularyMatrix()
    {
        var c = Context("llama-3.1-70b", "h200-sxm", new ParallelLayout(2, 1, 2));
        var n = c.Profile.Parameters;
        var v = c.Profile.Architecture.VocabSize;
        var d = c.Profile.Architecture.HiddenSize;

        // 80 layers over 2 stages: 40 each. FP8 layers at 1 B, the LM head (one V x d matrix per stage) at BF16 2 B; / TP 2.
        var expected = ((n.Total - n.Embedding - n.LmHead) * 1.0 * 40 / 80 / 2) + ((double)v * d * 2.0 / 2);
        MemoryPlanner.WeightsPerGpu(c).Value.ShouldBe(expected, tolerance: 1);
    }

    [Fact]
    public void WeightsPerGpu_ExpertParallel_SplitsOnlyTheRoutedExpertsOverTheStage()
    {
        var c = Context("deepseek-v3", "h200-sxm", new ParallelLayout(1, 1, 1, 8));
        var n = c.Profile.Parameters;

        // tp 1, ep 8: 8 attention groups, each with the dense weights whole; the routed experts / 8.
        c.AttentionGroups.ShouldBe(8);
        var expected = ((n.Total - n.Embedding - n.LmHead - n.RoutedExperts) * 1.0) + (n.RoutedExperts * 1.0 / 8) + ((n.Embedding + n.LmHead) * 2.0);
        MemoryPlanner.WeightsPerGpu(c).Value.ShouldBe(expected, tolerance: 1);

        // 32 redundant experts on 256: the experts' share grows by 288 / 256.
        var redundant = new ScenarioContext(TestScenarios.Of("deepseek-v3").WithLayout(new ParallelLayout(1, 1, 1, 8) { RedundantExperts = 32 }));
        (MemoryPlanner.WeightsPerGpu(redundant) - MemoryPlanner.WeightsPerGpu(c)).Value.ShouldBe(n.RoutedExperts * 1.0 / 8 * 32 / 256, tolerance: 1);
    }

    [Fact]
    public void KvPerRequest_AttentionGroups_IsTheMeanShareOfOneGroup()
    {
        var plain = Context("deepseek-v3", "h200-sxm", new ParallelLayout(1));
        var groups = Context("deepseek-v3", "h200-sxm", new ParallelLayout(1, 1, 1, 8));

        // MLA's latent is whole on every GPU of a group; a request lives in one of 8 groups.
        MemoryPlanner.KvPerRequest(groups, 4608).Value.ShouldBe(MemoryPlanner.KvPerRequest(plain, 4608).Value / 8, tolerance: 1e-6);
        MemoryPlanner.RequestCap(groups).ShouldBe(MemoryPlanner.RequestCap(plain) * 8);
    }

    [Fact]
    public void AllToAllBytes_DeepSeekV3OverEightGpus_MatchesHandArithmetic()
    {
        var c = Context("deepseek-v3", "h200-sxm", new ParallelLayout(1, 1, 1, 8));

        // 64 tokens over 8 GPUs: 8 each. A token goes once to each GPU holding one of its 8 experts:
        // n_dest = 8 x (1 - (7/8)^8) = 5.2511; 7/8 of them are other GPUs. d = 7168, 2 B a value.
        var nDest = 8 * (1 - Math.Pow(7.0 / 8, 8));
        ForwardPassCommunication.DestinationsPerToken(c).ShouldBe(nDest, tolerance: 1e-12);
        ForwardPassCommunication.AllToAllBytes(c, 64).Value.ShouldBe(8 * nDest * 7168 * 2 * 7.0 / 8, tolerance: 1e-6);

        // 61 layers, 58 of them MoE: 2 x 58 all-to-alls; TP 1 leaves 61 + 3 all-reduces, each free.
        ForwardPassCommunication.AllToAlls(c).ShouldBe(116);
        ForwardPassCommunication.AllReduces(c).ShouldBe(64);
    }

    [Fact]
    public void AllToAllTime_SixteenGpus_CrossesTheScaleOutNicForTheOtherNode()
    {
        var c = Context("deepseek-v3", "h200-sxm", new ParallelLayout(1, 1, 1, 16) { ExpertSkew = 1.5 });
        var link = c.Accelerator.Interconnect;
        var f = c.Accelerator.Efficiency.LinkFraction;

        // Per peer: 256 / 16 tokens x n_dest(16) x 7168 x 2 B / 16. 7 peers over NVLink (450 GB/s), 8 over the NIC (400 Gb/s).
        var nDest = 16 * (1 - Math.Pow(15.0 / 16, 8));
        var perPeer = 16 * nDest * 7168 * 2 / 16.0;
        var up = 7 * perPeer / (450e9 * f);
        var net = 8 * perPeer / (50e9 * f);
        var alpha = link.AllReduceLatency.Value + 2.7e-6;
        ForwardPassCommunication.AllToAllTime(c, 256).Value.ShouldBe(alpha + (1.5 * Math.Max(up, net)), tolerance: 1e-12);
        net.ShouldBeGreaterThan(up);
    }

    [Fact]
    public void AllReduce_TensorParallelAcrossNodes_IsATreeOrARingOverTheScaleOutNic()
    {
        var c = Context("llama-3.1-70b", "h200-sxm", new ParallelLayout(16));
        var f = c.Accelerator.Efficiency.LinkFraction;
        var nic = BytesPerSecond.FromGigabitsPerSecond(400) * f;
        var step = Seconds.FromMicroseconds(2.7);
        var alpha = c.Accelerator.Interconnect.AllReduceLatency + step;

        // 64 decode tokens: 1 MiB. The tree's 2 x ceil(log2 16) = 8 steps beat the ring's 30 at 2.7 us each, though it
        // moves 2 x S against the ring's 1.875 x S.
        var small = ForwardPassCommunication.AllReduce(c, 64);
        small.Algorithm.ShouldBe(AllReduceAlgorithm.Tree);
        small.Time.Value.ShouldBe((alpha + (step * 8) + (new Bytes(64 * 8192 * 2.0) * 2.0 / nic)).Value, tolerance: 1e-15);

        // 8,192 prefill tokens: 128 MiB. Bandwidth rules and the ring's 1.875 x S wins.
        var large = ForwardPassCommunication.AllReduce(c, 8192);
        large.Algorithm.ShouldBe(AllReduceAlgorithm.Ring);
        large.Time.Value.ShouldBe(TensorParallelCommunication.RingTime(new Bytes(8192 * 8192 * 2.0), 16, nic, alpha, step).Value, tolerance: 1e-15);
    }

    [Fact]
    public void PipelineSchedule_RoundTripBubbleAndPrefill_MatchHandArithmetic()
    {
        var stage = Seconds.FromMilliseconds(10);
        var send = Seconds.FromMilliseconds(1);

        // Four stages, four micro-batches: a micro-batch is back after 4 x (10 + 1) = 44 ms; no stage idles.
        PipelineSchedule.TokenInterval(stage, send, 4, 4).Value.ShouldBe(0.044, tolerance: 1e-15);
        PipelineSchedule.Bubble(4, 4).ShouldBe(0);

        // One request on four stages: the same round trip, but each stage idles 3/4 of it.
        PipelineSchedule.MicroBatches(1, 4).ShouldBe(1);
        PipelineSchedule.TokenInterval(stage, send, 4, 1).Value.ShouldBe(0.044, tolerance: 1e-15);
        PipelineSchedule.Bubble(4, 1).ShouldBe(0.75);
        PipelineSchedule.Bubble(4, 2).ShouldBe(0.5);

        // Ten chunks through four stages, 100 ms of stage time in all: (10 + 1) x (10 + 3) = 143 ms.
        PipelineSchedule.PrefillTime(Seconds.FromMilliseconds(100), send, 4, 10).Value.ShouldBe(0.143, tolerance: 1e-15);

        // No pipeline: the stage is the whole model.
        PipelineSchedule.TokenInterval(stage, send, 1, 1).ShouldBe(stage);
        PipelineSchedule.PrefillTime(stage, send, 1, 10).ShouldBe(stage);
    }

    [Fact]
    public void DecodeStep_PipelineWithOneRequest_PaysTheWholeRoundTrip()
    {
        var c = Context("llama-3.1-70b", "h200-sxm", new ParallelLayout(1, 1, 4));
        var interval = DecodeStepModel.StepTime(c, 1, 4352, out var stageWork);

        // The slowest stage reads 20 of the 80 layers' weights: a quarter of the body plus the LM head.
        var n = c.Profile.Parameters;
        var body = (c.Profile.ParametersReadPerDecodeStep(0) - c.Profile.HeadParameters) * 1.0 * 20 / 80;
        stageWork.WeightBytes.Value.ShouldBe(body + (c.Profile.HeadParameters * 2.0), tolerance: 1);
        n.Total.ShouldBeGreaterThan(0);

        // One micro-batch: the token comes back after 4 x (stage + send), so one GPU's work takes 4 stage times.
        var stageTime = ServingCycle.StepTime(KernelTimes.Of(stageWork, c.Rates), ForwardPassCommunication.Time(c, 1), DecodeStepModel.Overhead(c, 1));
        interval.Value.ShouldBe((4 * (stageTime + PipelineSchedule.SendTime(c, 1, 1))).Value, tolerance: 1e-15);
    }

    [Fact]
    public void LayoutOf_DegreesDefaultFromEachOther_AndGpusMustBeWholeReplicas()
    {
        var dep = DeploymentRules.LayoutOf(null, null, 1, 8, null, null).Value;
        (dep.TensorParallel, dep.AttentionGroups, dep.ExpertParallel, dep.Gpus).ShouldBe((1, 8, 8, 8));

        var pipeline = DeploymentRules.LayoutOf(16, null, 2, 1, null, null).Value;
        (pipeline.TensorParallel, pipeline.PipelineParallel, pipeline.Replicas).ShouldBe((8, 2, 1));

        var replicas = DeploymentRules.LayoutOf(null, 4, 2, 1, null, 3).Value;
        replicas.Gpus.ShouldBe(24);

        var bad = DeploymentRules.LayoutOf(12, 4, 2, 1, null, null);
        bad.Succeeded.ShouldBeFalse();
        bad.Errors[0].Field.ShouldBe("gpus");
        bad.Errors[0].Reason.ShouldContain("must be a whole number of replicas of 8 GPUs per replica (tp 4 x attention-dp 1 x pp 2); found 12.");

        var disagree = DeploymentRules.LayoutOf(16, 8, 1, 1, null, 3);
        disagree.Errors[0].Reason.ShouldContain("dp 3 replicas of 8 GPUs per replica");

        var ep = DeploymentRules.LayoutOf(null, 8, 1, 3, null, null);
        ep.Errors[0].Field.ShouldBe("ep");
        ep.Errors[0].Reason.ShouldContain("allowed: 1, 2, 4, 8");
    }

    [Fact]
    public void Check_LayoutsThatCannotWork_NameTheFieldAndWhatIsAllowed()
    {
        static IReadOnlyList<Results.InputError> Errors(string model, ParallelLayout layout)
        {
            var s = TestScenarios.Of(model).WithLayout(layout);
            return DeploymentRules.Check(s.Deployment, s.Model, s.Kv);
        }

        Errors("deepseek-v3", new ParallelLayout(1, 1, 1, 8)).ShouldBeEmpty();
        Errors("llama-3.1-70b", new ParallelLayout(1, 1, 1, 2)).Single().Reason.ShouldContain("dense model with no routed experts");
        Errors("deepseek-v3", new ParallelLayout(1, 1, 1, 3)).Single().Reason.ShouldContain("256 routed experts per MoE layer: ep must divide them");
        Errors("llama-3.1-70b", new ParallelLayout(1, 1, 81)).Single().Reason.ShouldContain("has 80 layers");
        Errors("llama-3.1-70b", new ParallelLayout(1, 1, 3)).ShouldBeEmpty();
        Errors("deepseek-v3", new ParallelLayout(8) { ExpertSkew = 1.2 }).Single().Field.ShouldBe("expert-skew");
        Errors("deepseek-v3", new ParallelLayout(8) { RedundantExperts = 8 }).Single().Field.ShouldBe("redundant-experts");
        Errors("llama-3.1-70b", new ParallelLayout(3)).Single().Field.ShouldBe("tp");
    }
}

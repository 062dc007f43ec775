using InferCost.Catalog;
using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Tests.Performance;

/// <summary>All-reduce by fabric: ring, one-shot, two-shot and in-switch, the fastest chosen.</summary>
public class AllReduceTests
{
    // 8 GPUs, 360 GB/s achievable per direction, 8 us launch latency, 0.6 us per ring step, NVLS adds 25 us.
    private static readonly BytesPerSecond Bw = BytesPerSecond.FromGigabytesPerSecond(360);
    private static readonly Seconds Alpha = Seconds.FromMicroseconds(8);
    private static readonly FabricSpec Nvswitch = new(true, Seconds.FromMicroseconds(0.6), true, Seconds.FromMicroseconds(25));

    [Fact]
    public void SmallMessage_16KB_OneShotWins()
    {
        var s = new Bytes(16_384);

        // ring    = 8 + 14 x 0.6 + 1.75 x 16,384 / 360e9 s = 8 + 8.4 + 0.0796 = 16.4796 us
        // 1-shot  = 8 + 7 x 16,384 / 360e9 s              = 8 + 0.3186        = 8.3186 us
        // 2-shot  = 16 + 0.0796                                                = 16.0796 us
        // NVLS    = 8 + 25 + 16,384 / 360e9 s             = 33 + 0.0455       = 33.0455 us
        TensorParallelCommunication.RingTime(s, 8, Bw, Alpha, Nvswitch.RingStepLatency).Value.ShouldBe(16.4796e-6, tolerance: 1e-10);
        TensorParallelCommunication.OneShotTime(s, 8, Bw, Alpha).Value.ShouldBe(8.3186e-6, tolerance: 1e-10);
        TensorParallelCommunication.TwoShotTime(s, 8, Bw, Alpha).Value.ShouldBe(16.0796e-6, tolerance: 1e-10);
        TensorParallelCommunication.InSwitchTime(s, 8, Bw, Alpha, Nvswitch.InSwitchLatency).Value.ShouldBe(33.0455e-6, tolerance: 1e-10);
        TensorParallelCommunication.Fastest(s, 8, Bw, Alpha, Nvswitch).Algorithm.ShouldBe(AllReduceAlgorithm.OneShot);
    }

    [Fact]
    public void LargeMessage_64MiB_InSwitchWinsThenTwoShotThenRing()
    {
        var s = new Bytes(67_108_864);

        // S / BW = 186.41 us. ring = 16.4 + 1.75 x 186.41 = 342.63 us; 1-shot = 8 + 7 x 186.41 = 1,312.9 us;
        // 2-shot = 16 + 326.22 = 342.22 us; NVLS = 33 + 186.41 = 219.41 us.
        var perByte = 67_108_864 / 360e9;
        TensorParallelCommunication.RingTime(s, 8, Bw, Alpha, Nvswitch.RingStepLatency).Value.ShouldBe(16.4e-6 + (1.75 * perByte), tolerance: 1e-12);
        TensorParallelCommunication.OneShotTime(s, 8, Bw, Alpha).Value.ShouldBe(8e-6 + (7 * perByte), tolerance: 1e-12);
        TensorParallelCommunication.InSwitchTime(s, 8, Bw, Alpha, Nvswitch.InSwitchLatency).Value.ShouldBe(33e-6 + perByte, tolerance: 1e-12);

        TensorParallelCommunication.Fastest(s, 8, Bw, Alpha, Nvswitch).Algorithm.ShouldBe(AllReduceAlgorithm.InSwitch);
        TensorParallelCommunication.Fastest(s, 8, Bw, Alpha, Nvswitch with { InSwitchReduction = false }).Algorithm.ShouldBe(AllReduceAlgorithm.TwoShot);
        TensorParallelCommunication.Fastest(s, 8, Bw, Alpha, Nvswitch with { InSwitchReduction = false, PeerAllReduce = false }).Algorithm.ShouldBe(AllReduceAlgorithm.Ring);
    }

    [Fact]
    public void OneGpu_NoAllReduce()
    {
        var choice = TensorParallelCommunication.Fastest(new Bytes(1e6), 1, Bw, Alpha, Nvswitch);

        choice.Algorithm.ShouldBe(AllReduceAlgorithm.None);
        choice.Time.ShouldBe(Seconds.Zero);
    }

    [Fact]
    public void BytesSent_PerAlgorithm()
    {
        var s = new Bytes(800);

        TensorParallelCommunication.BytesSentPerGpu(s, 8, AllReduceAlgorithm.Ring).Value.ShouldBe(1400);
        TensorParallelCommunication.BytesSentPerGpu(s, 8, AllReduceAlgorithm.TwoShot).Value.ShouldBe(1400);
        TensorParallelCommunication.BytesSentPerGpu(s, 8, AllReduceAlgorithm.OneShot).Value.ShouldBe(5600);
        TensorParallelCommunication.BytesSentPerGpu(s, 8, AllReduceAlgorithm.InSwitch).Value.ShouldBe(800);
    }

    [Fact]
    public void Catalog_HopperAndBlackwellSwitchesReduceInSwitch_AmdAndPcieDoNot()
    {
        var a = Support.TestCatalog.Instance.Accelerators;

        a["h200-sxm"].Interconnect.FabricOrRing.InSwitchReduction.ShouldBeTrue();
        a["b200"].Interconnect.FabricOrRing.InSwitchReduction.ShouldBeTrue();
        a["a100-sxm-80gb"].Interconnect.FabricOrRing.InSwitchReduction.ShouldBeFalse();
        a["mi300x"].Interconnect.FabricOrRing.InSwitchReduction.ShouldBeFalse();
        a["mi300x"].Interconnect.FabricOrRing.PeerAllReduce.ShouldBeTrue();
        a["l40s"].Interconnect.FabricOrRing.PeerAllReduce.ShouldBeFalse();
    }

    [Fact]
    public void Tree_SixteenGpus_LogarithmicStepsAndTwiceThePayload()
    {
        // 16 GPUs, 2.7 us per network step: 8 + 2 x 4 x 2.7 + 2 x 16,384 / 360e9 s = 8 + 21.6 + 0.091 = 29.691 us.
        var s = new Bytes(16_384);
        TensorParallelCommunication.TreeTime(s, 16, Bw, Alpha, Seconds.FromMicroseconds(2.7)).Value.ShouldBe(29.691e-6, tolerance: 1e-9);
        TensorParallelCommunication.BytesSentPerGpu(s, 16, AllReduceAlgorithm.Tree).Value.ShouldBe(32_768);
        TensorParallelCommunication.TreeTime(s, 1, Bw, Alpha, Seconds.FromMicroseconds(2.7)).ShouldBe(Seconds.Zero);
    }
}

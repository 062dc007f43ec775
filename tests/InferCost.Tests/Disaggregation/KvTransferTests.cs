using InferCost.Performance;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Disaggregation;

public class KvTransferTests
{
    [Fact]
    public void Time_EssaySevenInputs_Is88Milliseconds()
    {
        // Essay 001 section 7: "4.4 GB ... (50 GB/s effective), this transfer takes ~88 milliseconds": 4.4e9 / 50e9 = 0.088 s.
        var t = KvTransfer.Time(Bytes.FromGigabytes(4.4), BytesPerSecond.FromGigabytesPerSecond(50), 1.0, Seconds.Zero);

        t.Value.ShouldBe(0.088, tolerance: 1e-12);
    }

    [Fact]
    public void Time_Llama70bGqaAt4k_Is1Point34GbNot4Point4()
    {
        // Llama 3.1 70B: 2 x 8 KV heads x 128 x 80 layers x 2 B = 327,680 B/token; x 4,096 = 1,342,177,280 B (1.34 GB).
        var scenario = TestScenarios.Of(kv: InferCost.Architecture.Precision.Bf16, input: 4096);
        var c = new ScenarioContext(scenario);

        var whole = MemoryPlanner.KvPerRequestWhole(c, 4096);

        whole.Value.ShouldBe(2.0 * 8 * 128 * 80 * 2 * 4096);
        // The same 50 GB/s effective link the essay uses: 1.342 GB / 50 GB/s = 26.8 ms, not 88 ms.
        KvTransfer.Time(whole, BytesPerSecond.FromGigabytesPerSecond(50), 1.0, Seconds.Zero).Value.ShouldBe(1_342_177_280 / 50e9, tolerance: 1e-12);
    }

    [Fact]
    public void Time_MooncakeQwen3At4k_MatchesTheMeasuredTransfer()
    {
        // Mooncake 1P1D, Qwen3-8B TP8 on 8 x 200 Gbit/s RoCE, 4,096 tokens: 578 MiB measured in 4.75 ms.
        // 147,456 B/token x 4,096 / 8 GPUs = 75.5 MB per GPU over 25 GB/s x 0.75 + 0.45 ms = 4.48 ms.
        var perGpu = new Bytes(147_456.0 * 4096 / 8);
        var t = KvTransfer.Time(perGpu, BytesPerSecond.FromGigabitsPerSecond(200), KvLinkDefaults.Efficiency, KvLinkDefaults.ScaleOutLatency);

        t.Value.ShouldBe((75_497_472 / (25e9 * 0.75)) + 0.00045, tolerance: 1e-12);
        t.Value.ShouldBe(0.00475, tolerance: 0.0005);
    }

    [Fact]
    public void Energy_IsWireBytesTimesEnergyPerBit()
    {
        // 1 GB over 15 pJ/bit: 8e9 bits x 15e-12 J = 0.12 J.
        KvTransfer.Energy(Bytes.FromGigabytes(1), JoulesPerByte.FromPicojoulesPerBit(15)).Value.ShouldBe(0.12, tolerance: 1e-12);
        KvTransfer.WireBytes(Bytes.FromGigabytes(0.5), 4).Value.ShouldBe(2e9);
    }
}

using InferCost.Economics.Floor;
using InferCost.Units;

namespace InferCost.Tests.Floor;

/// <summary>
/// Essay 000 section 6 through the functions <see cref="FloorAnalysis"/> uses (ERRATA.md: it holds per decode step).
/// The essay's inputs, stated here: 35 GB of FP4 weights + 1.5 GB of KV at 2K context = 36.5 GB read per step, HBM4 at
/// 2.5 pJ/bit, $0.04/kWh at PUE 1.1.
/// </summary>
public class FloorEssayReproductionTests
{
    private static readonly Bytes EssayBytes = FloorMath.StepBytes(new Bytes(35e9), new Bytes(1.5e9), 1);
    private static readonly JoulesPerByte Hbm4 = JoulesPerByte.FromPicojoulesPerBit(2.5);
    private static readonly DollarsPerKilowattHour Hyperscale = new(0.04);
    private const double BestCasePue = 1.1;

    [Fact]
    public void MemoryEnergy_EssayInputs_Is0730JoulesPerStep()
    {
        EssayBytes.Value.ShouldBe(36.5e9);

        // 36.5e9 B x 8 bit/B x 2.5e-12 J/bit = 0.730 J
        FloorMath.Energy(EssayBytes, Hbm4).Value.ShouldBe(0.730, tolerance: 1e-12);
    }

    [Fact]
    public void PricePerJoule_EssayInputs_Is1222eMinus8()
    {
        // $0.04/kWh x 1.1 = $0.044/kWh; / 3.6e6 J/kWh = $1.2222e-8 per J
        FloorMath.PricePerJoule(Hyperscale, BestCasePue).Value.ShouldBe(0.044 / 3.6e6, tolerance: 1e-20);
        FloorMath.PricePerJoule(Hyperscale, BestCasePue).Value.ShouldBe(1.222e-8, tolerance: 0.001e-8);
    }

    [Fact]
    public void CostPerStep_EssayInputs_Is89eMinus9_AndPerMillionSteps0Point0089()
    {
        var cost = FloorMath.Cost(FloorMath.Energy(EssayBytes, Hbm4), FloorMath.PricePerJoule(Hyperscale, BestCasePue));

        // 0.730 J x $1.2222e-8 = $8.922e-9 per decode step; x 1e6 = $0.008922 per 1M steps
        cost.Value.ShouldBe(0.730 * 0.044 / 3.6e6, tolerance: 1e-20);
        Math.Round(cost.Value * 1e9, 1).ShouldBe(8.9);
        Math.Round(FloorMath.PerMillion(cost).Value, 4).ShouldBe(0.0089);
    }

    [Fact]
    public void PerToken_AtBatchB_SharesTheStepByB()
    {
        // ERRATA: the essay's figure is per step; at batch 8 the same step's memory energy is spread over 8 tokens.
        var step = FloorMath.Energy(EssayBytes, Hbm4);
        FloorMath.PerToken(step, 8).Value.ShouldBe(0.730 / 8, tolerance: 1e-12);
        FloorMath.PerMillionTokens(FloorMath.PerToken(step, 1), FloorMath.PricePerJoule(Hyperscale, BestCasePue)).Value
            .ShouldBe(FloorMath.PerMillion(FloorMath.Cost(step, FloorMath.PricePerJoule(Hyperscale, BestCasePue))).Value, tolerance: 1e-15);
    }
}

using InferCost.Economics.Projection;
using InferCost.Units;

namespace InferCost.Tests.Projection;

public class DecodeUtilisationTests
{
    [Theory]
    // Essay 000 section 3 with its own inputs (ERRATA.md: holds): H100 989 TFLOP/s over 3.35 TB/s, ridge ~295;
    // B200 2,200 over 8.0, ridge 275; Rubin (est.) 4,000 over 12, ridge 333; decode at 1.6 FLOP/byte.
    [InlineData(989, 3.35, 0.0054)]
    [InlineData(2200, 8.0, 0.0058)]
    [InlineData(4000, 12, 0.0048)]
    public void Of_EssayInputs_ReproduceItsUtilisation(double teraflops, double terabytesPerSecond, double expected) =>
        DecodeUtilisation.Of(new FlopsPerByte(1.6), FlopsPerSecond.FromTeraflops(teraflops), BytesPerSecond.FromTerabytesPerSecond(terabytesPerSecond))
            .ShouldBe(expected, 0.00005);

    [Fact]
    public void Of_AboveTheRidge_IsCappedAtOne() =>
        DecodeUtilisation.Of(new FlopsPerByte(500), FlopsPerSecond.FromTeraflops(989), BytesPerSecond.FromTerabytesPerSecond(3.35)).ShouldBe(1);
}

using InferCost.Units;

namespace InferCost.Tests.Units;

public class UnitArithmeticTests
{
    [Fact]
    public void BytesOverRate_IsSeconds() =>
        (Bytes.FromGigabytes(10) / BytesPerSecond.FromTerabytesPerSecond(1)).Value.ShouldBe(0.01, tolerance: 1e-15);

    [Fact]
    public void WattsTimesSeconds_IsJoules() => (new Watts(700) * new Seconds(2)).Value.ShouldBe(1400);

    [Fact]
    public void JoulesAtTariff_IsDollars() =>
        (new Joules(3.6e6) * new DollarsPerKilowattHour(0.07)).Value.ShouldBe(0.07, tolerance: 1e-15);

    [Fact]
    public void HourlyCostOverTokenRate_IsDollarsPerMillionTokens() =>
        (new DollarsPerHour(3.6) / new TokensPerSecond(1000)).Value.ShouldBe(1.0, tolerance: 1e-12);

    [Fact]
    public void WattsOverTokenRate_IsJoulesPerToken() =>
        (new Watts(500) / new TokensPerSecond(1000)).Value.ShouldBe(0.5);

    [Fact]
    public void PicojoulesPerBit_AreEightPerByte() =>
        JoulesPerByte.FromPicojoulesPerBit(1).Value.ShouldBe(8e-12, tolerance: 1e-24);

    [Fact]
    public void GibibytesAndGigabytes_Differ() =>
        (Bytes.FromGibibytes(1) / Bytes.FromGigabytes(1)).ShouldBe(1.073741824, tolerance: 1e-12);

    [Fact]
    public void DollarsOverTime_IsDollarsPerHour() =>
        (new Dollars(26_280) / Seconds.FromYears(3)).Value.ShouldBe(1.0, tolerance: 1e-12);

    [Fact]
    public void IntensityTimesBandwidth_IsFlopsPerSecond() =>
        (new FlopsPerByte(1.64) * BytesPerSecond.FromTerabytesPerSecond(4.8)).Value.ShouldBe(7.872e12, tolerance: 1);

    [Fact]
    public void Seconds_FromYears_Counts8760HoursAYear() => Seconds.FromYears(3).Hours.ShouldBe(26_280);
}

using System.Globalization;
using CsCheck;
using InferCost.Serving.Workloads;

namespace InferCost.Tests.Serving.Workloads;

/// <summary>The positional timestamp reader accepts exactly what DateTime.TryParseExact accepts with the trace formats.</summary>
public class TraceTimestampTests
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss"];

    [Fact]
    public void TryParse_AnyValidTimestampWithAnyFractionDigits_AgreesWithTryParseExact() =>
        Gen.Select(Gen.Long[DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks], Gen.Int[0, 7]).Sample((ticks, digits) =>
        {
            var format = digits == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss." + new string('f', digits);
            var text = new DateTime(ticks).ToString(format, CultureInfo.InvariantCulture);

            AssertAgrees(text);
        }, iter: 2000);

    [Theory]
    [InlineData("2023-11-16 18:15:46.6805900")]
    [InlineData("2023-11-16 18:15:46")]
    [InlineData("2023-11-16 18:15:46.")]
    [InlineData("2023-11-16 18:15:46.68059001")]
    [InlineData("2023-11-16T18:15:46.6805900")]
    [InlineData("2023-13-16 18:15:46")]
    [InlineData("2023-02-29 18:15:46")]
    [InlineData("2024-02-29 18:15:46")]
    [InlineData("2023-11-16 24:00:00")]
    [InlineData("2023-11-16 18:60:00")]
    [InlineData("2023-11-16 18:15:60")]
    [InlineData("0000-11-16 18:15:46")]
    [InlineData("2023-11-16 18:15:46.68a")]
    [InlineData("2023-11-16 18:15:4")]
    [InlineData("2023-1-16 18:15:46")]
    [InlineData("+023-11-16 18:15:46")]
    [InlineData("16/11/2023 18:00")]
    [InlineData("")]
    public void TryParse_EdgeCases_AgreeWithTryParseExact(string text) => AssertAgrees(text);

    private static void AssertAgrees(string text)
    {
        var expected = DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var e);

        TraceTimestamp.TryParse(text, out var actual).ShouldBe(expected, text);
        actual.ShouldBe(expected ? e : default, text);
    }
}

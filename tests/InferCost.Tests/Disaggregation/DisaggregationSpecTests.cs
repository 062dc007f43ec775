using InferCost.Deployment;
using InferCost.Tests.Support;
using DisaggregationSpec = InferCost.Deployment.Disaggregation;

namespace InferCost.Tests.Disaggregation;

public class DisaggregationSpecTests
{
    [Theory]
    [InlineData("2P1D", 2, 1)]
    [InlineData("1p3d", 1, 3)]
    [InlineData(" 4P12D ", 4, 12)]
    public void Parse_xPyD_GivesTheCounts(string text, int prefill, int decode)
    {
        var d = DisaggregationSpec.Parse(text, KvLink.ScaleOut);

        d.Succeeded.ShouldBeTrue();
        d.Value!.PrefillInstances.ShouldBe(prefill);
        d.Value.DecodeInstances.ShouldBe(decode);
        d.Value.Instances.ShouldBe(prefill + decode);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("")]
    public void Parse_None_IsAggregated(string text) =>
        DisaggregationSpec.Parse(text, KvLink.ScaleOut).Value.ShouldBeNull();

    [Theory]
    [InlineData("2x1", "is not a disaggregation; write xPyD")]
    [InlineData("P1D", "is not a disaggregation; write xPyD")]
    [InlineData("0P1D", "the prefill pool must have from 1 to 1,024 instances")]
    [InlineData("1P0D", "the decode pool must have from 1 to 1,024 instances")]
    [InlineData("5000P1D", "found 5000")]
    [InlineData("99999999999999999999P1D", "the prefill pool must have from 1")]
    public void Parse_Bad_NamesTheFieldAndWhatIsAllowed(string text, string expected)
    {
        var d = DisaggregationSpec.Parse(text, KvLink.ScaleOut);

        d.Succeeded.ShouldBeFalse();
        d.Errors.Single().Field.ShouldBe("disaggregate");
        d.Errors.Single().Reason.ShouldContain(expected);
    }

    [Theory]
    [InlineData("scale-out", KvLinkKind.ScaleOut, 0)]
    [InlineData("Scale-Up", KvLinkKind.ScaleUp, 0)]
    [InlineData("50", KvLinkKind.Explicit, 50e9)]
    public void KvLink_Parse_Good(string text, KvLinkKind kind, double bytesPerSecond)
    {
        var link = KvLink.Parse(text).Value;

        link.Kind.ShouldBe(kind);
        link.Bandwidth.Value.ShouldBe(bytesPerSecond);
    }

    [Theory]
    [InlineData("infiniband", "is not a KV link; use scale-out")]
    [InlineData("0", "must be from 0.1 to 10,000 GB/s")]
    [InlineData("1e9", "must be from 0.1 to 10,000 GB/s")]
    [InlineData("NaN", "is not a KV link")]
    public void KvLink_Parse_Bad(string text, string expected)
    {
        var link = KvLink.Parse(text);

        link.Errors.Single().Field.ShouldBe("kv-link");
        link.Errors.Single().Reason.ShouldContain(expected);
    }
}

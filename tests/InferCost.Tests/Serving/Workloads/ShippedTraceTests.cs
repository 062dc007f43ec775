using InferCost.Serving.Workloads;

namespace InferCost.Tests.Serving.Workloads;

/// <summary>
/// The shipped Azure traces parse whole, in order, with the figures a one-off script computed from the CSV text
/// (exact integer sums, R-8 quantiles, timestamps as 100 ns ticks), written here as literals.
/// </summary>
public class ShippedTraceTests
{
    private static readonly Lazy<RequestTrace> Conversation = new(() => ShippedTraces.Load(ShippedTraces.AzureConversation).Value);
    private static readonly Lazy<RequestTrace> Code = new(() => ShippedTraces.Load(ShippedTraces.AzureCode).Value);

    [Fact]
    public void Conversation_EveryRow_IsARequest()
    {
        // 19,367 lines: the header and 19,366 rows (the file ends without a newline, so `wc -l` says 19,366).
        Conversation.Value.Requests.Length.ShouldBe(19_366);
        Conversation.Value.Figures.Requests.ShouldBe(19_366);
    }

    [Fact]
    public void Code_EveryRow_IsARequest() => Code.Value.Requests.Length.ShouldBe(8_819);

    [Fact]
    public void ShippedTraces_FirstArrivesAtZero_AndInOrder()
    {
        foreach (var trace in new[] { Conversation.Value, Code.Value })
        {
            trace.Requests[0].Arrival.Value.ShouldBe(0);
            for (var i = 1; i < trace.Requests.Length; i++)
            {
                trace.Requests[i].Arrival.ShouldBeGreaterThanOrEqualTo(trace.Requests[i - 1].Arrival);
            }
        }
    }

    [Fact]
    public void Conversation_Rows_AreReadAsWritten()
    {
        var r = Conversation.Value.Requests;

        // Line 2: 18:15:46.6805900,374,44; line 3: 18:15:50.9951690,396,109; line 101: 18:16:29.3658130,859,422.
        r[0].ShouldBe(new TraceRequest(InferCost.Units.Seconds.Zero, 374, 44));
        r[1].InputTokens.ShouldBe(396);
        r[1].OutputTokens.ShouldBe(109);
        r[1].Arrival.Value.ShouldBe(4.314579, 1e-9);
        r[99].Arrival.Value.ShouldBe(42.685223, 1e-9);
        (r[99].InputTokens, r[99].OutputTokens).ShouldBe((859, 422));
    }

    [Fact]
    public void Conversation_Figures_MatchTheIndependentArithmetic()
    {
        var f = Conversation.Value.Figures;

        // Last 19:14:08.4025270 - first 18:15:46.6805900 = 3,501.721937 s; rate (19,366 - 1) / that.
        f.Duration.Value.ShouldBe(3501.721937, 1e-6);
        f.MeanRatePerSecond!.Value.ShouldBe(19_365 / 3501.721937, 1e-9);
        f.InputTokens.Mean.ShouldBe(22_361_870 / 19_366.0, 1e-9);
        f.InputTokens.Median.ShouldBe(1020);
        f.InputTokens.P90.ShouldBe(2735);
        f.InputTokens.Max.ShouldBe(14_050);
        f.OutputTokens.Mean.ShouldBe(4_088_665 / 19_366.0, 1e-9);
        f.OutputTokens.Median.ShouldBe(129);
        f.OutputTokens.P90.ShouldBe(424);
        f.OutputTokens.Max.ShouldBe(1000);
    }

    [Fact]
    public void Code_Figures_MatchTheIndependentArithmetic()
    {
        var f = Code.Value.Figures;

        f.Duration.Value.ShouldBe(3435.948056, 1e-6);
        f.MeanRatePerSecond!.Value.ShouldBe(8_818 / 3435.948056, 1e-9);
        f.InputTokens.Mean.ShouldBe(18_059_974 / 8_819.0, 1e-9);
        f.InputTokens.Median.ShouldBe(1469);
        f.InputTokens.P90.ShouldBe(5191.866666666669, 1e-6);
        f.InputTokens.Max.ShouldBe(7437);
        f.OutputTokens.Mean.ShouldBe(245_896 / 8_819.0, 1e-9);
        f.OutputTokens.Median.ShouldBe(13);
        f.OutputTokens.P90.ShouldBe(55);
        f.OutputTokens.Max.ShouldBe(1899);
    }

    [Fact]
    public void ShippedTraces_CarryTheirAttribution()
    {
        Conversation.Value.Attribution.ShouldNotBeNull().ShouldContain("CC BY 4.0");
        Code.Value.Attribution.ShouldNotBeNull().ShouldContain("Splitwise");
        Conversation.Value.Name.ShouldBe("azure-conv");
    }

    [Fact]
    public void Load_UnknownName_ListsTheShippedNames()
    {
        var result = ShippedTraces.Load("azure-chat");

        result.Succeeded.ShouldBeFalse();
        result.Errors[0].Field.ShouldBe("trace");
        result.Errors[0].Reason.ShouldContain("azure-conv, azure-code");
    }
}

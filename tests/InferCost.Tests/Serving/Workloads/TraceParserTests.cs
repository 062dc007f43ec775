using System.Globalization;
using System.Text;
using CsCheck;
using InferCost.Results;
using InferCost.Serving.Workloads;

namespace InferCost.Tests.Serving.Workloads;

/// <summary>A trace file is read whole when it is good, and every kind of bad row is named by its line.</summary>
public class TraceParserTests
{
    private const string Header = "TIMESTAMP,ContextTokens,GeneratedTokens";

    private static Result<RequestTrace> Parse(string text) => TraceParser.Parse(new StringReader(text), "trace.csv");

    private static IReadOnlyList<InputError> Errors(string text)
    {
        var result = Parse(text);
        result.Succeeded.ShouldBeFalse();
        return result.Errors;
    }

    [Fact]
    public void Parse_GoodTrace_ArrivalsFromTheFirstRequest()
    {
        var trace = Parse($"{Header}\n2023-11-16 18:00:00.5000000,100,10\n2023-11-16 18:00:02.0000000,200,20\n2023-11-16 18:01:00.5000000,300,30\n").Value;

        trace.Requests.Select(r => r.Arrival.Value).ShouldBe([0, 1.5, 60]);
        trace.Requests.Select(r => (r.InputTokens, r.OutputTokens)).ShouldBe([(100, 10), (200, 20), (300, 30)]);
        trace.Name.ShouldBe("trace.csv");
        trace.Attribution.ShouldBeNull();
    }

    [Fact]
    public void Parse_FewerFractionalDigitsOrNone_AreAccepted()
    {
        var trace = Parse($"{Header}\n2023-11-16 18:00:00,1,1\n2023-11-16 18:00:00.25,1,1\n2023-11-16 18:00:01.1234567,1,1\n").Value;

        trace.Requests.Select(r => r.Arrival.Value).ShouldBe([0, 0.25, 1.1234567]);
    }

    [Fact]
    public void Parse_ExtraAndReorderedColumns_CrLfAndBlankLines_AreAccepted()
    {
        var trace = Parse("GeneratedTokens,Model,TIMESTAMP,ContextTokens\r\n7,gpt,2023-11-16 18:00:00.0,70\r\n\r\n8,gpt,2023-11-16 18:00:03.0,80\r\n").Value;

        trace.Requests.Select(r => (r.Arrival.Value, r.InputTokens, r.OutputTokens)).ShouldBe([(0.0, 70, 7), (3.0, 80, 8)]);
    }

    [Fact]
    public void Parse_EqualTimestamps_AreInOrder() =>
        Parse($"{Header}\n2023-11-16 18:00:00.0,1,1\n2023-11-16 18:00:00.0,2,2\n").Value.Figures.MeanRatePerSecond.ShouldBeNull();

    [Fact]
    public void Parse_AnyValidTrace_ReplaysEveryRequestAsWritten()
    {
        var gen = Gen.Select(Gen.Long[0, 10_000_000_000], Gen.Int[1, 200_000], Gen.Int[1, 20_000]).Array[1, 300];
        gen.Sample(rows =>
        {
            var start = new DateTime(2023, 11, 16, 18, 0, 0, DateTimeKind.Unspecified);
            var sorted = rows.OrderBy(r => r.Item1).ToArray();
            var text = new StringBuilder(Header).Append('\n');
            foreach (var (ticks, input, output) in sorted)
            {
                text.Append(CultureInfo.InvariantCulture, $"{start.AddTicks(ticks):yyyy-MM-dd HH:mm:ss.fffffff},{input},{output}\n");
            }

            var trace = Parse(text.ToString()).Value;

            trace.Requests.Length.ShouldBe(sorted.Length);
            for (var i = 0; i < sorted.Length; i++)
            {
                trace.Requests[i].InputTokens.ShouldBe(sorted[i].Item2);
                trace.Requests[i].OutputTokens.ShouldBe(sorted[i].Item3);
                trace.Requests[i].Arrival.Value.ShouldBe((sorted[i].Item1 - sorted[0].Item1) / 1e7, 1e-9);
            }
        }, iter: 50);
    }

    [Fact]
    public void Parse_EmptyFile_SaysItIsEmpty()
    {
        var errors = Errors("");

        errors.Single().ToString().ShouldBe("trace.csv: is empty; a trace is a CSV file with the header TIMESTAMP,ContextTokens,GeneratedTokens and one request a row.");
    }

    [Fact]
    public void Parse_HeaderOnly_SaysThereAreNoRequests() =>
        Errors(Header + "\n").Single().Reason.ShouldContain("holds no requests");

    [Fact]
    public void Parse_MissingColumns_NamesThemAndWhatWasFound()
    {
        var error = Errors("timestamp,ContextTokens,Output\n2023-11-16 18:00:00.0,1,1\n").Single();

        error.Field.ShouldBe("line 1");
        error.Reason.ShouldContain("lacks column(s) TIMESTAMP, GeneratedTokens");
        error.Reason.ShouldContain("found: timestamp, ContextTokens, Output");
    }

    [Fact]
    public void Parse_UnparsableTimestamp_NamesLineAndColumn()
    {
        var error = Errors($"{Header}\n2023-11-16 18:00:00.0,1,1\n16/11/2023 18:00,1,1\n").Single();

        error.ToString().ShouldBe("trace.csv: line 3, column 'TIMESTAMP': '16/11/2023 18:00' is not a timestamp; use yyyy-MM-dd HH:mm:ss.fffffff (up to 7 fractional digits).");
    }

    [Theory]
    [InlineData("12.5", "'12.5' is not a whole number of input tokens.")]
    [InlineData("", "'' is not a whole number of input tokens.")]
    [InlineData("0", "0 input tokens: a request brings at least one input token")]
    [InlineData("-3", "-3 input tokens: a request brings at least one input token")]
    [InlineData("16777217", "16,777,217 input tokens is more than 16,777,216")]
    public void Parse_BadInputTokens_NamesLineAndColumn(string tokens, string reason)
    {
        var error = Errors($"{Header}\n2023-11-16 18:00:00.0,5,5\n2023-11-16 18:00:01.0,5,5\n2023-11-16 18:00:02.0,{tokens},5\n").Single();

        error.Source.ShouldBe("trace.csv");
        error.Field.ShouldBe("line 4, column 'ContextTokens'");
        error.Reason.ShouldStartWith(reason);
    }

    [Theory]
    [InlineData("-1", "-1 output tokens: a served request generates at least one token")]
    [InlineData("0", "0 output tokens: a served request generates at least one token")]
    [InlineData("x", "'x' is not a whole number of output tokens.")]
    public void Parse_BadOutputTokens_NamesLineAndColumn(string tokens, string reason)
    {
        var error = Errors($"{Header}\n2023-11-16 18:00:00.0,5,{tokens}\n").Single();

        error.Field.ShouldBe("line 2, column 'GeneratedTokens'");
        error.Reason.ShouldStartWith(reason);
    }

    [Fact]
    public void Parse_TimestampGoingBackwards_NamesBothLines()
    {
        var error = Errors($"{Header}\n2023-11-16 18:00:00.0,1,1\n2023-11-16 18:00:05.0,1,1\n2023-11-16 18:00:04.5,1,1\n").Single();

        error.Field.ShouldBe("line 4");
        error.Reason.ShouldBe("TIMESTAMP 2023-11-16 18:00:04.5000000 is earlier than line 3's 2023-11-16 18:00:05.0000000; a trace lists requests in arrival order (sort it by TIMESTAMP).");
    }

    [Fact]
    public void Parse_ShortRow_NamesTheLine()
    {
        var error = Errors($"{Header}\n2023-11-16 18:00:00.0,1\n").Single();

        error.ToString().ShouldBe("trace.csv: line 2: has 2 field(s); the header has 3.");
    }

    [Fact]
    public void Parse_StrayQuote_NamesTheLineInOurWords()
    {
        var errors = Errors($"{Header}\n2023-11-16 18:00:00.0,1\"2,1\n");

        errors[0].Field.ShouldBe("line 2");
        errors[0].Reason.ShouldContain("stray quote");
    }

    [Fact]
    public void Parse_FieldLongerThanTheLimit_IsAnErrorNotAnException()
    {
        var errors = Errors($"{Header}\n2023-11-16 18:00:00.0,{new string('9', 2_000)},1\n");

        errors.Single().Field.ShouldBe("line 2");
        errors.Single().Reason.ShouldContain("longer than 1000 characters");
    }

    [Fact]
    public void Parse_ManyBadRows_StopsAfterTenWithANote()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 50; i++)
        {
            text.Append("2023-11-16 18:00:00.0,0,1\n");
        }

        var errors = Errors(text.ToString());

        errors.Count.ShouldBe(11);
        errors[9].Field.ShouldBe("line 11, column 'ContextTokens'");
        errors[10].Reason.ShouldBe("reading stopped at line 12 after 10 errors; fix these and read it again.");
    }

    [Fact]
    public void Parse_ExactlyTenBadRows_ReportsThemWithoutAStopNote()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 10; i++)
        {
            text.Append("2023-11-16 18:00:00.0,1,0\n");
        }

        Errors(text.ToString()).Count.ShouldBe(10);
    }

    [Fact]
    public void Parse_OneRowWithSeveralFaults_ReportsEach()
    {
        var errors = Errors($"{Header}\nyesterday,-1,-1\n");

        errors.Select(e => e.Field).ShouldBe(["line 2, column 'TIMESTAMP'", "line 2, column 'ContextTokens'", "line 2, column 'GeneratedTokens'"]);
    }

    [Fact]
    public void Parse_MoreRowsThanTheLimit_StopsAtTheFirstRowPastIt()
    {
        var text = $"{Header}\n2023-11-16 18:00:00.0,1,1\n2023-11-16 18:00:01.0,1,1\n2023-11-16 18:00:02.0,1,1\n";

        var result = TraceParser.Parse(new StringReader(text), "trace.csv", null, maxRequests: 2);

        result.Errors.Single().Field.ShouldBe("line 4");
        result.Errors.Single().Reason.ShouldStartWith("is past the limit of 2 requests");
        TraceParser.Parse(new StringReader(text), "trace.csv", null, maxRequests: 3).Succeeded.ShouldBeTrue();
    }
}

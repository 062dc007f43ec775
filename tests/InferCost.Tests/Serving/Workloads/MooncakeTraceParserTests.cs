using InferCost.Serving.Workloads;
using InferCost.Tests.Support;

namespace InferCost.Tests.Serving.Workloads;

/// <summary>Mooncake's JSON Lines traces: the real excerpt, and each bad line named by its number.</summary>
public class MooncakeTraceParserTests
{
    private static readonly string Excerpt = Path.Combine(RepositoryPaths.TestData, "mooncake", "synthetic-head.jsonl");

    private static Results.Result<RequestTrace> Parse(string text) => MooncakeTraceParser.Parse(new StringReader(text), "t.jsonl");

    [Fact]
    public void RealExcerpt_ReadsEveryRequest_WithItsBlocks()
    {
        using var reader = new StreamReader(Excerpt);
        var trace = MooncakeTraceParser.Parse(reader, "synthetic-head.jsonl").Value;

        trace.Requests.Length.ShouldBe(74);
        trace.PrefixBlockTokens.ShouldBe(512);
        trace.Requests[0].Arrival.Value.ShouldBe(0);
        trace.Requests[^1].Arrival.Value.ShouldBe(19.245, tolerance: 1e-12);
        trace.Blocks(0).Length.ShouldBe(79);          // ceil(40,160 / 512)
        // Request 50 (timestamp 14,514 ms) starts with request 43's first 57 blocks, then goes its own way.
        trace.Blocks(49).Take(57).ShouldBe(trace.Blocks(42).Take(57));
        trace.Blocks(49)[57].ShouldNotBe(trace.Blocks(42)[57]);
    }

    [Fact]
    public void TimestampsAreMilliseconds_FromTheFirstRequest()
    {
        var trace = Parse("{\"timestamp\": 5000, \"input_length\": 10, \"output_length\": 2, \"hash_ids\": [7]}\n{\"timestamp\": 6500, \"input_length\": 600, \"output_length\": 3, \"hash_ids\": [7, 8]}\n").Value;

        trace.Requests.Select(r => r.Arrival.Value).ShouldBe([0.0, 1.5]);
        trace.Blocks(1).ShouldBe([7, 8]);
    }

    [Theory]
    [InlineData("not json\n", "line 1", "is not a JSON object")]
    [InlineData("[1, 2]\n", "line 1", "is not a JSON object")]
    [InlineData("{\"timestamp\": 0, \"output_length\": 2, \"hash_ids\": [1]}\n", "line 1, field 'input_length'", "is missing or not a number")]
    [InlineData("{\"timestamp\": 0, \"input_length\": -5, \"output_length\": 2, \"hash_ids\": [1]}\n", "line 1, field 'input_length'", "must be a whole number of at least 0")]
    [InlineData("{\"timestamp\": 0, \"input_length\": 0, \"output_length\": 2, \"hash_ids\": []}\n", "line 1", "each must be from 1")]
    [InlineData("{\"timestamp\": 0, \"input_length\": 1000, \"output_length\": 2, \"hash_ids\": [1]}\n", "line 1", "has 1 hash_ids for 1000 input tokens")]
    [InlineData("{\"timestamp\": 0, \"input_length\": 10, \"output_length\": 2, \"hash_ids\": [\"a\"]}\n", "line 1, field 'hash_ids'", "block ids are whole numbers")]
    [InlineData("{\"timestamp\": 0, \"input_length\": 10, \"output_length\": 2}\n", "line 1, field 'hash_ids'", "is missing")]
    [InlineData("{\"timestamp\": 900, \"input_length\": 10, \"output_length\": 2, \"hash_ids\": [1]}\n\n{\"timestamp\": 800, \"input_length\": 10, \"output_length\": 2, \"hash_ids\": [1]}\n", "line 3", "before the line above it")]
    [InlineData("\n\n", "", "is empty")]
    public void BadLines_AreNamedByTheirNumber(string text, string field, string reason)
    {
        var errors = Parse(text).Errors;

        errors.ShouldNotBeEmpty();
        errors[0].Source.ShouldBe("t.jsonl");
        errors[0].Field.ShouldBe(field);
        errors[0].Reason.ShouldContain(reason);
    }
}

using InferCost.Architecture;
using InferCost.Tests.Support;

namespace InferCost.Tests.Architecture;

public class HfConfigParserTests
{
    private const string Minimal = """
        { "model_type": "llama", "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4,
          "num_key_value_heads": 2, "intermediate_size": 128, "vocab_size": 100 }
        """;

    [Fact]
    public void Parse_MinimalLlamaConfig_ReadsShape()
    {
        var result = HfConfigParser.Parse(Minimal, "config.json");

        result.Succeeded.ShouldBeTrue();
        result.Value.Attention.HeadDim.ShouldBe(16);
        result.Value.LayerCount.ShouldBe(2);
        result.Value.TiedEmbeddings.ShouldBeFalse();
    }

    [Fact]
    public void Parse_MinimalLlamaConfig_CountsParametersByHand()
    {
        var p = new ModelProfile(HfConfigParser.Parse(Minimal, "c").Value).Parameters;

        // attention: q 64x64 + k,v 2 x 64x32 + o 64x64 = 12,288 per layer; FFN 3 x 64 x 128 = 24,576 per layer
        p.Attention.ShouldBe(2 * 12_288);
        p.DenseFeedForward.ShouldBe(2 * 24_576);
        p.Embedding.ShouldBe(6_400);
        p.LmHead.ShouldBe(6_400);
        p.Norms.ShouldBe(((2 * 2) + 1) * 64);
    }

    [Fact]
    public void Parse_NotJson_SaysWhereWithoutThrowing()
    {
        var result = HfConfigParser.Parse("{ \"hidden_size\": 64,, }", "broken.json");

        result.Succeeded.ShouldBeFalse();
        result.Errors[0].Source.ShouldBe("broken.json");
        result.Errors[0].Reason.ShouldContain("not valid JSON at line 1");
    }

    [Fact]
    public void Parse_MissingAndMistypedFields_ReportsEachByName()
    {
        var result = HfConfigParser.Parse("""{ "hidden_size": "big", "num_attention_heads": 4, "vocab_size": 10, "intermediate_size": 8 }""", "c.json");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == "hidden_size" && e.Reason.Contains("whole number") && e.Reason.Contains("\"big\""));
        result.Errors.ShouldContain(e => e.Field == "num_hidden_layers" && e.Reason.Contains("required"));
    }

    [Fact]
    public void Parse_KvHeadsNotDividingHeads_IsAnError()
    {
        var result = HfConfigParser.Parse(Minimal.Replace("\"num_key_value_heads\": 2", "\"num_key_value_heads\": 3", StringComparison.Ordinal), "c.json");

        result.Errors.ShouldContain(e => e.Field == "num_key_value_heads" && e.Reason.Contains("divide"));
    }

    [Fact]
    public void Parse_LinearAttentionLayers_AreRejectedNotMisread()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "hf-configs", "Qwen--Qwen3.5-35B-A3B.json"));

        var result = HfConfigParser.Parse(json, "qwen3.5.json");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == "layer_types" && e.Reason.Contains("linear_attention"));
    }

    [Fact]
    public void Parse_TooManyExpertsPerToken_IsAnError()
    {
        var json = Minimal.Replace("\"vocab_size\": 100", "\"vocab_size\": 100, \"num_local_experts\": 4, \"num_experts_per_tok\": 6", StringComparison.Ordinal);

        HfConfigParser.Parse(json, "c.json").Errors.ShouldContain(e => e.Field == "num_experts_per_tok");
    }
}

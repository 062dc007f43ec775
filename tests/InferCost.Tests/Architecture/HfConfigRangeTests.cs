using InferCost.Architecture;
using InferCost.Results;
using InferCost.Tests.Support;

namespace InferCost.Tests.Architecture;

/// <summary>Every dimension of a config.json has a sane range, checked at parse, so a hostile file cannot grow memory without bound.</summary>
public class HfConfigRangeTests
{
    private const string Minimal = """
        { "model_type": "llama", "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4,
          "num_key_value_heads": 2, "intermediate_size": 128, "vocab_size": 100 }
        """;

    [Theory]
    [InlineData("num_hidden_layers", "1000000000", "from 1 to 1,000", "found 1,000,000,000")]
    [InlineData("num_hidden_layers", "1001", "from 1 to 1,000", "found 1,001")]
    [InlineData("hidden_size", "300000", "from 1 to 262,144", "found 300,000")]
    [InlineData("num_attention_heads", "2048", "from 1 to 1,024", "found 2,048")]
    [InlineData("vocab_size", "20000000", "from 1 to 10,000,000", "found 20,000,000")]
    [InlineData("num_hidden_layers", "10000000000", "from 1 to 1,000", "found 10,000,000,000")]
    public void Parse_DimensionBeyondItsRange_NamesTheKeyTheValueTheRangeAndWhy(string key, string value, string range, string found)
    {
        var json = Minimal.Replace($"\"{key}\": ", $"\"{key}\": {value}, \"unused_{key}\": ", StringComparison.Ordinal);

        var result = HfConfigParser.Parse(json, "hostile.json");

        result.Succeeded.ShouldBeFalse();
        var e = result.Errors.Single(x => x.Field == key);
        e.Source.ShouldBe("hostile.json");
        e.Code.ShouldBe(ErrorCodes.OutOfRange);
        e.Reason.ShouldContain(range);
        e.Reason.ShouldContain(found);
        e.Reason.ShouldContain("published");
    }

    [Fact]
    public void Parse_ExpertsBeyondTheirRange_IsAnError()
    {
        var json = Minimal.Replace("\"vocab_size\": 100", "\"vocab_size\": 100, \"num_local_experts\": 5000, \"num_experts_per_tok\": 2", StringComparison.Ordinal);

        HfConfigParser.Parse(json, "c.json").Errors.ShouldContain(e => e.Field == "num_local_experts" && e.Reason.Contains("to 4,096"));
    }

    [Fact]
    public void Parse_ContextBeyondItsRange_IsAnError()
    {
        var json = Minimal.Replace("\"vocab_size\": 100", "\"vocab_size\": 100, \"max_position_embeddings\": 200000000", StringComparison.Ordinal);

        HfConfigParser.Parse(json, "c.json").Errors.ShouldContain(e => e.Field == "max_position_embeddings" && e.Reason.Contains("to 100,000,000"));
    }

    [Fact]
    public void Parse_EveryShippedConfig_IsWithinTheRanges()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "data", "models"), "*.json");

        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var result = HfConfigParser.Parse(File.ReadAllText(file), file);
            result.Succeeded.ShouldBeTrue($"{Path.GetFileName(file)}: {string.Join("; ", result.Errors)}");
        }
    }
}

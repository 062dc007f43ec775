using InferCost.Catalog;
using InferCost.Results;
using InferCost.Tests.Support;

namespace InferCost.Tests.Catalog;

/// <summary>Serving-stack files: every field checked, every problem named by file and field.</summary>
public class ServingStackLoaderTests
{
    private static readonly string Trtllm = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "stacks", "trtllm.yaml"));

    [Fact]
    public void Read_ShippedFile_HasItsDocumentedDefaults()
    {
        var s = Read(Trtllm).ShouldNotBeNull();

        s.KvPool.ShouldBe(KvPoolRule.FreeAfterWeights);
        s.Factors.KvPoolFraction.ShouldBe(0.9);
        s.Reserve.Value.ShouldBe(2.0 * (1L << 30));
        s.LmHeadPrecision.ShouldBe(InferCost.Architecture.Precision.Bf16);
        s.MaxBatchedTokens.ShouldBe(8192);
        s.ChunkedDecode.ShouldBe(ChunkedDecodeAttention.FullContext); // the chunk mask applies to prompts only
    }

    [Theory]
    [InlineData("kvPool: \"freeAfterWeights\"", "kvPool: \"half\"", "memory.kvPool", "must be one of totalFraction, freeAfterWeights, found 'half'")]
    [InlineData("windowedKv: \"window\"", "windowedKv: \"some\"", "memory.windowedKv", "must be one of window, fullContext")]
    [InlineData("chunkedKv: \"fullContext\"", "chunkedKv: \"chunk\"", "memory.chunkedKv", "must be one of window, fullContext")]
    [InlineData("chunkedKv: \"fullContext\"", "", "memory.chunkedKv", "is required: one of window, fullContext")]
    [InlineData("chunkedDecode: \"fullContext\"", "chunkedDecode: \"window\"", "attention.chunkedDecode", "must be one of chunk, fullContext, found 'window'")]
    [InlineData("chunkedDecode: \"fullContext\"", "", "attention", "must be a mapping of fields")]
    [InlineData("chunkedKv: \"fullContext\"", "chunkedKv: \"window\"", "attention.chunkedDecode", "fullContext needs memory.chunkedKv: fullContext")]
    [InlineData("kv: \"followWeights\"", "kv: \"fp8\"", "defaults.kv", "must be one of followWeights, modelDtype")]
    [InlineData("lmHead: \"bf16\"", "lmHead: \"int4\"", "defaults.lmHead", "must be one of fp16, bf16, fp8, fp4")]
    [InlineData("perKernelUs: 2 ", "perKernelUs: -2 ", "overhead.perKernelUs", "must be from 0 to 1000")]
    [InlineData("kvPoolFraction: 0.9 ", "kvPoolFraction: 1.5 ", "memory.kvPoolFraction", "must be from 0.05 to 1")]
    [InlineData("blockFp8Efficiency: 0.8 ", "blockFp8Efficiency: 0 ", "overhead.blockFp8Efficiency", "must be from 0.01 to 1")]
    [InlineData("blockFp8Efficiency: 0.8 ", "blockFp8Efficiancy: 0.8 ", "overhead.blockFp8Efficiency", "required")]
    [InlineData("id: \"trtllm\"", "id: \"trt\"", "id", "must match the file name ('trtllm')")]
    public void Read_BadField_NamesTheFileFieldAndWhatIsAllowed(string from, string to, string field, string reason)
    {
        Trtllm.ShouldContain(from);
        var errors = new List<InputError>();

        ServingStackLoader.Read(Trtllm.Replace(from, to, StringComparison.Ordinal), "stacks/trtllm.yaml", errors).ShouldBeNull();

        errors.ShouldContain(e => e.Source == "stacks/trtllm.yaml" && e.Field == field && e.Reason.Contains(reason), string.Join("; ", errors));
    }

    [Fact]
    public void Read_MissingSourceGroup_IsAnError()
    {
        var errors = new List<InputError>();
        var text = Trtllm[..Trtllm.IndexOf("  defaults:\n    ref:", StringComparison.Ordinal)];

        ServingStackLoader.Read(text, "stacks/trtllm.yaml", errors).ShouldBeNull();

        errors.ShouldContain(e => e.Field == "sources.defaults");
    }

    [Fact]
    public void Read_MissingAttentionSource_IsAnError()
    {
        var errors = new List<InputError>();
        var start = Trtllm.IndexOf("  attention:\n    ref:", StringComparison.Ordinal);
        var end = Trtllm.IndexOf("  defaults:\n    ref:", StringComparison.Ordinal);

        ServingStackLoader.Read(Trtllm[..start] + Trtllm[end..], "stacks/trtllm.yaml", errors).ShouldBeNull();

        errors.ShouldContain(e => e.Field == "sources.attention");
    }

    private static ServingStackSpec? Read(string text)
    {
        var errors = new List<InputError>();
        var s = ServingStackLoader.Read(text, "stacks/trtllm.yaml", errors);
        errors.ShouldBeEmpty();
        return s;
    }
}

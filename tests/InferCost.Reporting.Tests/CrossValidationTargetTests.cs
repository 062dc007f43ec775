using InferCost.Catalog;
using InferCost.Reporting.Fidelity;
using InferCost.Fidelity;

namespace InferCost.Reporting.Tests;

/// <summary>The held-out-model error on published.csv stays within the target (a regression test; it takes about a minute).</summary>
public class CrossValidationTargetTests
{
    [Fact]
    public void CrossValidation_PublishedCases_HeldOutMedianWithinTwentyPercent()
    {
        using var file = new StreamReader(RepositoryFiles.PublishedCases);
        var (all, errors) = CaseFileReader.Read(file, "published.csv");
        errors.ShouldBeEmpty();

        // The target was set on the TensorRT-LLM v0.17 and NIM sources. The sources added for issue 9 (Blackwell,
        // AMD, fine-grained MoE and MLA on SGLang/vLLM) are far off until the stack and MoE physics land, and
        // docs/validation.md reports them; this test keeps guarding the original target.
        var cases = all.Where(c => c.SourceGroup is "TRT017" or "NIM").ToList();
        cases.Count.ShouldBe(391);
        var (_, result) = CrossValidator.Run(CatalogLoader.LoadBuiltIn().Value, cases, new SourceRef("test", "2026"), folds: 5);

        var heldOut = ErrorStatistics.Summarise(result.HeldOut);
        heldOut.ByMetric["output_tps"].MedianAbsPctError.ShouldBeLessThanOrEqualTo(20);
        heldOut.ByMetric["itl_ms"].MedianAbsPctError.ShouldBeLessThanOrEqualTo(20);
    }
}

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
        var (cases, errors) = CaseFileReader.Read(file, "published.csv");
        errors.ShouldBeEmpty();

        var (_, result) = CrossValidator.Run(CatalogLoader.LoadBuiltIn().Value, cases, new SourceRef("test", "2026"), folds: 5);

        var heldOut = ErrorStatistics.Summarise(result.HeldOut);
        heldOut.ByMetric["output_tps"].MedianAbsPctError.ShouldBeLessThanOrEqualTo(20);
        heldOut.ByMetric["itl_ms"].MedianAbsPctError.ShouldBeLessThanOrEqualTo(20);
    }
}

using System.Text.Json;

namespace InferCost.Cli.Tests;

public class CatalogCommandTests
{
    [Fact]
    public void Catalog_Lists_ModelsAcceleratorsAndRegions()
    {
        var run = CliRun.Of("catalog");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("deepseek-v3");
        run.Out.ShouldContain("mi355x");
        run.Out.ShouldContain("(projected)");
        run.Out.ShouldContain("oregon");
    }

    [Fact]
    public void Catalog_Accelerator_ShowsFiguresWithSources()
    {
        var run = CliRun.Of("catalog", "h200-sxm", "--format", "json");
        using var doc = JsonDocument.Parse(run.Out);

        run.ExitCode.ShouldBe(0);
        var sources = doc.RootElement.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().ToList();
        sources.Select(s => s.GetProperty("Group").GetString()).ShouldContain("memory");
        sources.ShouldAllBe(s => s.GetProperty("Date").GetString()!.Length >= 4);
        run.Out.ShouldContain("4.8 TB/s");
    }

    [Fact]
    public void Catalog_Model_ShowsArchitectureAndPublishedCounts()
    {
        var run = CliRun.Of("catalog", "deepseek-v3");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("MoE, MLA");
        run.Out.ShouldContain("Published total / active");
        run.Out.ShouldContain("huggingface.co/deepseek-ai/DeepSeek-V3");
    }

    [Fact]
    public void Catalog_UnknownId_SuggestsNearNames()
    {
        var run = CliRun.Of("catalog", "mi300");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("did you mean 'mi300x'");
    }
}

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

    [Fact]
    public void Catalog_FolderThatDoesNotExist_IsAClearError()
    {
        var run = CliRun.Of("estimate", "--catalog", "/nonexistent/data");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--catalog: folder '/nonexistent/data' does not exist");
    }

    [Fact]
    public void Catalog_FolderCopy_IsReadInsteadOfTheBuiltIn()
    {
        var root = new DirectoryInfo(RepositoryFiles.Root);
        var copy = Path.Combine(Path.GetTempPath(), $"infercost-data-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root.FullName, "data"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Path.Combine(root.FullName, "data"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        try
        {
            var h200 = Path.Combine(copy, "accelerators", "h200-sxm.yaml");
            File.WriteAllText(h200, File.ReadAllText(h200).Replace("priceUsd: 32000", "priceUsd: 64000", StringComparison.Ordinal));

            var run = CliRun.Of("estimate", "--catalog", copy, "--format", "json");

            run.ExitCode.ShouldBe(0, run.Error);
            using var doc = JsonDocument.Parse(run.Out);
            doc.RootElement.GetProperty("scenario").GetProperty("capexUsd").GetDouble().ShouldBe(64000);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Catalog_ListsTheExtrapolatedGenerations_AndShowsOneWithItsDerivation()
    {
        var overview = CliRun.Of("catalog", "--format", "markdown");
        overview.ExitCode.ShouldBe(0, overview.Error);
        overview.Out.ShouldContain("## Extrapolated generations");
        overview.Out.ShouldContain("| extrapolated-gen-3 |");

        var one = CliRun.Of("catalog", "extrapolated-gen-1", "--format", "markdown");
        one.ExitCode.ShouldBe(0, one.Error);
        one.Out.ShouldContain("projected (estimates)");
        one.Out.ShouldContain("vera-rubin-vr200's x");
    }

    [Fact]
    public void Catalog_ExtrapolatedGenerationBeyondTheSeries_SaysHowManyThereAre()
    {
        var run = CliRun.Of("catalog", "extrapolated-gen-7");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("the catalog extrapolates 3 generation(s), extrapolated-gen-1 to extrapolated-gen-3");
    }
}

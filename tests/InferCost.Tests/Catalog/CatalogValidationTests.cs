using InferCost.Catalog;
using InferCost.Tests.Support;

namespace InferCost.Tests.Catalog;

/// <summary>Loading a damaged catalog copy fails with file, field and reason, never a stack trace.</summary>
public sealed class CatalogValidationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "infercost-catalog-" + Guid.NewGuid().ToString("N"));

    public CatalogValidationTests() => CopyDirectory(Path.Combine(RepositoryPaths.Root, "data"), _dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_CleanCopy_Succeeds()
    {
        CatalogLoader.Load(new DirectoryCatalogSource(_dir)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Load_NegativeBandwidth_NamesFileFieldAndRange()
    {
        Edit("accelerators/h100-sxm.yaml", "bandwidthTBps: 3.35", "bandwidthTBps: -3.35");

        var error = LoadErrors().ShouldHaveSingleItem();

        error.Source.ShouldBe("accelerators/h100-sxm.yaml");
        error.Field.ShouldBe("memory.bandwidthTBps");
        error.Reason.ShouldContain("must be from 0.01");
        error.Reason.ShouldContain("-3.35");
    }

    [Fact]
    public void Load_NullRequiredField_IsMissingNotDefaulted()
    {
        Edit("accelerators/h100-sxm.yaml", "capacityGB: 80", "capacityGB: ~");

        LoadErrors().ShouldContain(e => e.Field == "memory.capacityGB" && e.Reason.Contains("required"));
    }

    [Fact]
    public void Load_MisspelledField_IsRejectedNotIgnored()
    {
        Edit("accelerators/h100-sxm.yaml", "tdpW:", "tdpWatts:");

        var errors = LoadErrors();

        errors.ShouldContain(e => e.Field == "power.tdpWatts" && e.Reason.Contains("not a known field"));
        errors.ShouldContain(e => e.Field == "power.tdpW" && e.Reason.Contains("required"));
    }

    [Fact]
    public void Load_InSwitchReductionWithoutItsLatency_NamesTheField()
    {
        Edit("accelerators/h100-sxm.yaml", "  inSwitchLatencyUs: 25\n", "");

        LoadErrors().ShouldContain(e => e.Field == "interconnect.inSwitchLatencyUs" && e.Reason.Contains("required when inSwitchReduction is true"));
    }

    [Fact]
    public void Load_MissingPeerAllReduce_IsRequiredNotDefaulted()
    {
        Edit("accelerators/h100-sxm.yaml", "  peerAllReduce: true\n", "");

        LoadErrors().ShouldContain(e => e.Field == "interconnect.peerAllReduce" && e.Reason.Contains("is required"));
    }

    [Fact]
    public void Load_ZeroMinimumTile_NamesTheFieldAndRange()
    {
        Edit("accelerators/h100-sxm.yaml", "minTileM: 64", "minTileM: 0");

        LoadErrors().ShouldContain(e => e.Field == "matrixUnit.minTileM" && e.Reason.Contains("from 1"));
    }

    [Fact]
    public void Load_MissingSourceGroup_IsAnError()
    {
        var path = Path.Combine(_dir, "accelerators/h100-sxm.yaml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("  price:", text.IndexOf("sources:", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf("  efficiency:", start, StringComparison.Ordinal);
        File.WriteAllText(path, text[..start] + text[end..]);

        LoadErrors().ShouldContain(e => e.Source == "accelerators/h100-sxm.yaml" && e.Field == "sources.price");
    }

    [Fact]
    public void Load_InvalidYaml_GivesLine()
    {
        File.WriteAllText(Path.Combine(_dir, "regions.yaml"), "regions:\n  - id: x\n   name: [unclosed\n");

        LoadErrors().ShouldContain(e => e.Source == "regions.yaml" && e.Reason.Contains("not valid YAML (line"));
    }

    [Fact]
    public void Load_MalformedModelConfig_NamesTheConfigFile()
    {
        File.WriteAllText(Path.Combine(_dir, "models/mistralai--Mixtral-8x7B-v0.1.json"), "{ \"hidden_size\": 4096 ");

        LoadErrors().ShouldContain(e => e.Source == "models/mistralai--Mixtral-8x7B-v0.1.json" && e.Reason.Contains("not valid JSON"));
    }

    [Fact]
    public void Load_ModelListNamesMissingConfig_IsAnError()
    {
        Edit("models/models.yaml", "config: openai--gpt-oss-20b.json", "config: openai--gpt-oss-21b.json");

        LoadErrors().ShouldContain(e => e.Source == "models/models.yaml" && e.Field.EndsWith(".config", StringComparison.Ordinal) && e.Reason.Contains("gpt-oss-21b"));
    }

    [Fact]
    public void Load_ProjectedPartWithoutEstimateNote_IsAnError()
    {
        Edit("accelerators/h100-sxm.yaml", "status: \"shipping\"", "status: \"projected\"");

        LoadErrors().ShouldContain(e => e.Source == "accelerators/h100-sxm.yaml" && e.Reason.Contains("must say 'estimate'"));
    }

    [Fact]
    public void Load_IdleAboveTdp_IsAnError()
    {
        Edit("accelerators/h100-sxm.yaml", "idleW: ", "idleW: 9999 #");

        LoadErrors().ShouldContain(e => e.Field == "power.idleW" && e.Reason.Contains("below tdpW"));
    }

    [Fact]
    public void Load_EnergyPerFlopMissingForAListedPrecision_NamesTheKey()
    {
        Edit("accelerators/h100-sxm.yaml", "computePjPerFlop: { fp16: 0.707, bf16: 0.707, fp8: 0.424 }", "computePjPerFlop: { fp16: 0.707, bf16: 0.707 }");

        var error = LoadErrors().ShouldHaveSingleItem();
        error.Source.ShouldBe("accelerators/h100-sxm.yaml");
        error.Field.ShouldBe("energy.computePjPerFlop.fp8");
        error.Reason.ShouldContain("required");
        error.Reason.ShouldContain("compute: lists fp8");
    }

    [Fact]
    public void Load_EnergyPerFlopForAPrecisionWithoutTensorCores_IsRejectedWithTheAllowedOnes()
    {
        Edit("accelerators/h100-sxm.yaml", "fp8: 0.424 }", "fp8: 0.424, fp4: 0.28 }");

        var error = LoadErrors().ShouldHaveSingleItem();
        error.Field.ShouldBe("energy.computePjPerFlop.fp4");
        error.Reason.ShouldContain("no dense fp4 rate under compute:");
        error.Reason.ShouldContain("(fp16, bf16, fp8)");
    }

    [Fact]
    public void Load_OldBf16OnlyEnergyKey_IsNotAKnownField()
    {
        Edit("accelerators/h100-sxm.yaml", "computePjPerFlop: { fp16: 0.707, bf16: 0.707, fp8: 0.424 }", "computePjPerFlopBf16: 0.42");

        var errors = LoadErrors();
        errors.ShouldContain(e => e.Field == "energy.computePjPerFlopBf16" && e.Reason.Contains("not a known field"));
        errors.ShouldContain(e => e.Field == "energy.computePjPerFlop" && e.Reason.Contains("required"));
    }

    [Fact]
    public void Load_SystemPowerBelowItsGpus_IsAnError()
    {
        Edit("accelerators/h100-sxm.yaml", "systemPowerW: 10200", "systemPowerW: 5000");

        var error = LoadErrors().ShouldHaveSingleItem();
        error.Field.ShouldBe("platform.systemPowerW");
        error.Reason.ShouldContain("must exceed gpusPerSystem x power.tdpW (8 x 700 W = 5600 W)");
        error.Reason.ShouldContain("found 5000 W");
    }

    [Fact]
    public void Load_MissingPlatform_IsAnError()
    {
        var path = Path.Combine(_dir, "accelerators/h100-sxm.yaml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("platform:\n", StringComparison.Ordinal);
        var end = text.IndexOf("sources:\n", start, StringComparison.Ordinal);
        File.WriteAllText(path, text[..start] + text[end..]);

        LoadErrors().ShouldContain(e => e.Source == "accelerators/h100-sxm.yaml" && e.Field == "platform" && e.Reason.Contains("required"));
    }

    [Fact]
    public void Load_DriverCapacityFarFromTheDatasheet_IsAnError()
    {
        Edit("accelerators/h100-sxm.yaml", "capacityMiB: 81559", "capacityMiB: 815590");

        var error = LoadErrors().ShouldHaveSingleItem();
        error.Field.ShouldBe("memory.capacityMiB");
        error.Reason.ShouldContain("must be within 15% of capacityGB (80 GB = 76294 MiB)");
        error.Reason.ShouldContain("found 815590 MiB");
    }

    [Fact]
    public void Load_DriverCapacityMissing_IsOneErrorSayingItIsRequired()
    {
        Edit("accelerators/h100-sxm.yaml", "  capacityMiB: 81559\n", "");

        // Only that it is required: no second error comparing a value that was never given with the datasheet's.
        var error = LoadErrors().ShouldHaveSingleItem();
        error.Field.ShouldBe("memory.capacityMiB");
        error.Reason.ShouldStartWith("is required");
    }

    private IReadOnlyList<InferCost.Results.InputError> LoadErrors()
    {
        var result = CatalogLoader.Load(new DirectoryCatalogSource(_dir));
        result.Succeeded.ShouldBeFalse();
        return result.Errors;
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_dir, file);
        var text = File.ReadAllText(path);
        text.ShouldContain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

using InferCost.Catalog;
using InferCost.Tests.Support;

namespace InferCost.Tests.Catalog;

/// <summary>data/fabrics.yaml and the fabric ids the accelerator files name: sourced, consistent, and clear when damaged.</summary>
public sealed class FabricCatalogTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "infercost-fabrics-" + Guid.NewGuid().ToString("N"));

    public FabricCatalogTests()
    {
        var from = Path.Combine(RepositoryPaths.Root, "data");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_dir, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void BuiltIn_EveryAcceleratorNamesBothFabricsAtItsOwnBandwidths()
    {
        foreach (var a in TestCatalog.Instance.Accelerators.Values)
        {
            var link = a.Interconnect;
            link.ScaleUpFabric.ShouldNotBeNull(a.Id);
            link.ScaleOutFabric.ShouldNotBeNull(a.Id);
            link.ScaleUpFabric.Scale.ShouldBe(FabricScale.Up);
            link.ScaleOutFabric.Scale.ShouldBe(FabricScale.Out);
            link.ScaleUpFabric.Bandwidth.ShouldBe(link.ScaleUpBandwidth);
            link.ScaleOutFabric.Bandwidth.ShouldBe(link.ScaleOutBandwidth);
        }
    }

    [Fact]
    public void BuiltIn_EveryFabricCarriesAllFiveSourcesWithDates()
    {
        TestCatalog.Instance.Fabrics.Count.ShouldBeGreaterThanOrEqualTo(20);
        foreach (var f in TestCatalog.Instance.Fabrics.Values)
        {
            f.Sources.Keys.ShouldBe(["bandwidth", "capital", "energy", "latency", "power"], ignoreOrder: true, f.Id);
            f.Sources.Values.ShouldAllBe(s => s.Date.Length >= 4);
        }
    }

    [Fact]
    public void BuiltIn_EnergyPerBitIsStoredAsQuoted()
    {
        // 30 pJ/bit = 240 pJ per byte.
        var ib = TestCatalog.Instance.Fabrics["ib-ndr-400"];
        ib.PicojoulesPerBit.ShouldBe(30, tolerance: 1e-9);
        ib.EnergyPerByte.Value.ShouldBe(240e-12, tolerance: 1e-24);
        ib.Bandwidth.Value.ShouldBe(50e9);
        ib.StepLatency.Value.ShouldBe(2.7e-6, tolerance: 1e-15);
    }

    [Fact]
    public void Load_UnknownScaleOutFabric_NamesTheFieldAndSuggests()
    {
        Edit("accelerators/h100-sxm.yaml", "scaleOutFabric: \"ib-ndr-400\"", "scaleOutFabric: \"ib-ndr-4000\"");

        var error = LoadErrors().ShouldHaveSingleItem();
        error.Source.ShouldBe("accelerators/h100-sxm.yaml");
        error.Field.ShouldBe("interconnect.scaleOutFabric");
        error.Reason.ShouldContain("'ib-ndr-4000', which is not in fabrics.yaml");
        error.Reason.ShouldContain("did you mean 'ib-ndr-400'");
        error.Reason.ShouldContain("known scale-out fabrics: cx9-1600, ethernet-200");
    }

    [Fact]
    public void Load_ScaleUpFabricAsScaleOut_IsRefused()
    {
        Edit("accelerators/h100-sxm.yaml", "scaleOutFabric: \"ib-ndr-400\"", "scaleOutFabric: \"nvlink4-nvswitch-hgx\"");

        LoadErrors().ShouldContain(e => e.Field == "interconnect.scaleOutFabric" && e.Reason.Contains("a scale-up fabric; scaleOutFabric must name a scale-out fabric"));
    }

    [Fact]
    public void Load_BandwidthThatDisagreesWithTheFabric_IsRefused()
    {
        Edit("accelerators/h100-sxm.yaml", "scaleOutGbps: 400", "scaleOutGbps: 800");

        var error = LoadErrors().ShouldHaveSingleItem();
        error.Field.ShouldBe("interconnect.scaleOutFabric");
        error.Reason.ShouldBe("names 'ib-ndr-400', whose bandwidth (400 Gb/s per GPU per direction) differs from scaleOutGbps (800 Gb/s); make them agree.");
    }

    [Fact]
    public void Load_MissingFabricId_IsRequired()
    {
        Edit("accelerators/h100-sxm.yaml", "  scaleUpFabric: \"nvlink4-nvswitch-hgx\"\n", "");

        LoadErrors().ShouldContain(e => e.Field == "interconnect.scaleUpFabric" && e.Reason.StartsWith("is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadScale_NamesTheEntryAndWhatIsAllowed()
    {
        Edit("fabrics.yaml", "    scale: out\n    bandwidthGbps: 200\n    stepLatencyUs: 2.7\n    energyPjPerBit: 30\n    gearCapitalUsdPerGpu: 2123.75",
            "    scale: sideways\n    bandwidthGbps: 200\n    stepLatencyUs: 2.7\n    energyPjPerBit: 30\n    gearCapitalUsdPerGpu: 2123.75");

        LoadErrors().ShouldContain(e => e.Source == "fabrics.yaml" && e.Field.EndsWith("].scale", StringComparison.Ordinal)
            && e.Reason == "must be 'up' (scale-up domain) or 'out' (NIC network), found 'sideways'.");
    }

    [Fact]
    public void Load_NegativeGearPower_NamesTheRange()
    {
        Edit("fabrics.yaml", "gearPowerW: 25.5\n    sources:\n      bandwidth: { ref: \"MLPerf", "gearPowerW: -25.5\n    sources:\n      bandwidth: { ref: \"MLPerf");

        LoadErrors().ShouldContain(e => e.Field.EndsWith("].gearPowerW", StringComparison.Ordinal) && e.Reason.Contains("must be from 0") && e.Reason.Contains("-25.5"));
    }

    [Fact]
    public void Load_MissingEnergySource_IsRequired()
    {
        Edit("fabrics.yaml", "      energy: { ref: \"Essay 000 section 5 (InfiniBand 400G 10-20 pJ/bit) (shared/seeds/000)\", date: \"2026\", note: \"estimate: per link (NIC or switch ASIC, electrical), midpoint",
            "      energi: { ref: \"Essay 000 section 5 (InfiniBand 400G 10-20 pJ/bit) (shared/seeds/000)\", date: \"2026\", note: \"estimate: per link (NIC or switch ASIC, electrical), midpoint");

        var errors = LoadErrors();
        errors.ShouldContain(e => e.Field.EndsWith("].sources.energy", StringComparison.Ordinal) && e.Reason.StartsWith("is required", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Field.EndsWith("].sources.energi", StringComparison.Ordinal) && e.Reason.Contains("not a known field"));
    }

    [Fact]
    public void Load_FabricsFileMissing_SaysWhatItHolds()
    {
        File.Delete(Path.Combine(_dir, "fabrics.yaml"));

        LoadErrors().ShouldContain(e => e.Field == "fabrics.yaml" && e.Reason.Contains("is missing"));
    }

    [Fact]
    public void FindScaleOutFabric_ScaleUpId_SaysItComesWithTheAccelerator()
    {
        var error = TestCatalog.Instance.FindScaleOutFabric("nvlink5-nvl72").Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("fabric");
        error.Reason.ShouldStartWith("'nvlink5-nvl72' is a scale-up fabric, which comes with its accelerator; fabric picks a scale-out fabric: cx9-1600, ");
    }

    [Fact]
    public void FindScaleOutFabric_Typo_Suggests()
    {
        var error = TestCatalog.Instance.FindScaleOutFabric("ethernet-40").Errors.ShouldHaveSingleItem();

        error.Reason.ShouldStartWith("unknown fabric 'ethernet-40'; did you mean 'ethernet-400'");
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
}

using InferCost.Architecture;
using InferCost.Tests.Support;

namespace InferCost.Tests.Catalog;

public class CatalogContentTests
{
    private static readonly string[] RequiredAccelerators =
    [
        "a100-sxm-80gb", "h100-sxm", "h200-sxm", "gh200", "gh200-96gb", "b200", "gb200", "b300", "mi300x", "mi325x", "mi355x",
        "l40s", "rtx-pro-6000", "gaudi3", "tpu-v6e",
    ];

    private static readonly string[] RequiredModels =
    [
        "llama-3.1-8b", "llama-3.1-70b", "llama-3.3-70b", "llama-3.1-405b", "llama-2-7b", "llama-2-70b", "mistral-7b",
        "mixtral-8x7b", "mixtral-8x22b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b", "llama-4-scout",
        "llama-4-maverick", "deepseek-v3", "deepseek-r1", "gpt-oss-120b", "gpt-oss-20b",
    ];

    [Fact]
    public void BuiltIn_HasEveryRequiredAcceleratorAndModel()
    {
        var catalog = TestCatalog.Instance;

        RequiredAccelerators.Except(catalog.Accelerators.Keys).ShouldBeEmpty();
        RequiredModels.Except(catalog.Models.Keys).ShouldBeEmpty();
        catalog.Accelerators.Values.Count(a => a.Projected).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Accelerators_EveryFigureGroupHasADatedSource()
    {
        foreach (var a in TestCatalog.Instance.Accelerators.Values)
        {
            a.Sources.Keys.ShouldBe(["compute", "efficiency", "energy", "host", "interconnect", "matrixUnit", "memory", "platform", "power", "price", "releaseYear"], ignoreOrder: true, a.Id);
            a.Sources.Values.ShouldAllBe(s => s.Reference.Length > 10 && s.Date.Length >= 4, a.Id);
        }
    }

    [Fact]
    public void Accelerators_ProjectedOnesSayEstimateEverywhere()
    {
        foreach (var a in TestCatalog.Instance.Accelerators.Values.Where(a => a.Projected))
        {
            a.Sources.Values.ShouldAllBe(s => s.Note != null && s.Note.Contains("estimate", StringComparison.OrdinalIgnoreCase), a.Id);
        }
    }

    [Fact]
    public void Accelerators_DatasheetFiguresOfH200AndH100()
    {
        var h200 = TestCatalog.Instance.Accelerators["h200-sxm"];
        var h100 = TestCatalog.Instance.Accelerators["h100-sxm"];

        h200.Memory.DatasheetCapacity.Value.ShouldBe(141e9);
        h200.Memory.Capacity.Value.ShouldBe(143771.0 * 1024 * 1024); // nvidia-smi's 143771MiB: the "141 GB" is 140.4 GiB, 150.8 GB
        h200.Memory.Bandwidth.Value.ShouldBe(4.8e12);
        h100.Memory.Bandwidth.Value.ShouldBe(3.35e12); // the figure essay 001 mistook for the H200's
        h200.DenseCompute[Precision.Bf16].Value.ShouldBe(989.4e12, tolerance: 1e9);
        h200.DenseCompute.ContainsKey(Precision.Fp4).ShouldBeFalse();
    }

    [Fact]
    public void Accelerators_Gh200ComesInBothMemoryVersions()
    {
        // The original GH200 (96 GB HBM3, 4 TB/s; the driver's "NVIDIA GH200 480GB", 97871 MiB) and the HBM3e one
        // (144 GB, 4.9 TB/s; 146831 MiB): the same Hopper GPU, told apart by memory alone.
        var original = TestCatalog.Instance.Accelerators["gh200-96gb"];
        var hbm3e = TestCatalog.Instance.Accelerators["gh200"];

        original.Memory.Capacity.Value.ShouldBe(97871.0 * 1024 * 1024);
        original.Memory.Bandwidth.Value.ShouldBe(4.0e12);
        hbm3e.Memory.Capacity.Value.ShouldBe(146831.0 * 1024 * 1024);
        original.DenseCompute.ShouldBe(hbm3e.DenseCompute);
        original.Family.ShouldBe("hopper");
    }

    [Fact]
    public void ComputePrecisionFor_Fp8OnA100_FallsBackToSixteenBit()
    {
        var a100 = TestCatalog.Instance.Accelerators["a100-sxm-80gb"];

        a100.ComputePrecisionFor(Precision.Fp8).ShouldBe(Precision.Bf16);
    }

    [Fact]
    public void Regions_IncludeEssayPrices()
    {
        var regions = TestCatalog.Instance.Regions;

        regions["oregon"].PowerPrice.Value.ShouldBe(0.045);
        regions["germany"].PowerPrice.Value.ShouldBe(0.165);
    }

    [Fact]
    public void Defaults_AreTheEssaysFacilityAndFinanceFigures()
    {
        var d = TestCatalog.Instance.Defaults;

        d.Facility.Pue.ShouldBe(1.12);
        d.Facility.PowerPrice.Value.ShouldBe(0.07);
        d.LifeYears.ShouldBe(3);
        d.Utilisation.ShouldBe(0.65);
        d.RackOverheadPerGpu.Value.ShouldBe(8000);
        d.Facility.OverheadLayers.Select(l => l.Id).ShouldBe(["cooling", "power-distribution", "hvac-lighting"]); // the essay's IT rows (hosts, storage, switching) are IT power, not PUE layers
        d.Facility.OverheadLayers.Sum(l => (l.LowPercent + l.HighPercent) / 2).ShouldBe(10.5); // facility equipment alone, close to the essay's PUE of 1.12);
    }
}

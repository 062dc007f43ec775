using InferCost.Fidelity;
using InferCost.Tests.Support;

namespace InferCost.Tests.Fidelity;

/// <summary>
/// The link priors are what nccl-tests measure for a serving-sized (16 MB) all-reduce, not the large-message asymptote;
/// the serving measurements, fitted per family, must land near them, or the all-reduce model is missing physics again.
/// </summary>
public class LinkPriorTests
{
    [Fact]
    public void ShippedProfile_EveryFamilyThatFitsItsLink_LandsWithinATenthOfItsAcceleratorsNcclTestsPriors()
    {
        var catalog = TestCatalog.Instance;
        var profile = ShippedCalibration.LoadBuiltIn().Value!;
        var fittedLink = profile.Families.Values.Where(f => f.FittedKeys.Contains("linkFraction")).ToList();

        // Ampere, Hopper and Blackwell over NVLink and Ada over PCIe each fit their own link factor.
        fittedLink.Select(f => f.Family).ShouldBe(["ada", "ampere", "blackwell", "hopper"]);
        foreach (var family in fittedLink)
        {
            foreach (var accelerator in catalog.Accelerators.Values.Where(a => a.Family == family.Family))
            {
                Math.Abs(family.Efficiency.LinkFraction - accelerator.Efficiency.LinkFraction).ShouldBeLessThan(
                    0.1, $"{accelerator.Id}: fitted {family.Efficiency.LinkFraction} against its prior {accelerator.Efficiency.LinkFraction}");
            }
        }
    }

    [Theory]
    [InlineData("h100-sxm", 135.55 / 450)] // NVLS algbw at 16 MB on 8 x H100 (NVIDIA/dgxc-benchmarking nccl/README.md)
    [InlineData("a100-sxm-80gb", 109.22 / 300)] // ring busbw at 16 MB on 8 x A100 (Azure ND_A100_v4, NCCL 2.18.5)
    [InlineData("mi300x", 197.26 / 448)] // busbw at 16 MB on 8 x MI300X (AMD ROCm blog, RCCL 2.22.3)
    [InlineData("b200", ((354.17 / 900) + (151.81 / 900)) / 2)] // mean of two 8 x B200 runs at 16 MB (nccl-tests #333; GKE a4)
    public void CatalogPrior_IsTheServingSizedAllReduceShareItsSourceMeasures(string gpu, double measuredShare)
    {
        TestCatalog.Instance.Accelerators[gpu].Efficiency.LinkFraction.ShouldBe(measuredShare, tolerance: 0.01);
    }
}

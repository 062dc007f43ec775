using InferCost.Catalog;
using InferCost.Fidelity;

namespace InferCost.Tests.Fidelity;

/// <summary>The profile's confidence: section, as the loader reads it.</summary>
public class ConfidenceSectionTests
{
    private const string Profile = """
        source: { ref: "test", date: "2026-11" }
        families: {}
        confidence:
          metric: output_tps
          calibrated: { p10: -0.1, p90: 0.12, cases: 300 }
          transferred: { p10: -0.05, p90: 0.5, cases: 300 }
          priors: { p10: -0.2, p90: 0.6, cases: 300 }
        """;

    [Fact]
    public void Parse_ConfidenceSection_ReadsEveryBandAndMakesThemMonotone()
    {
        var bands = CalibrationLoader.Parse(Profile, "p.yaml").Value.Confidence!;

        bands.Metric.ShouldBe("output_tps");
        bands.Calibrated.ShouldBe(new ConfidenceBand(-0.1, 0.12, 300));

        // transferred's P10 (-0.05) is widened to calibrated's (-0.1): a less sure basis never looks surer.
        bands.Transferred.ShouldBe(new ConfidenceBand(-0.1, 0.5, 300));
        bands.Priors.ShouldBe(new ConfidenceBand(-0.2, 0.6, 300));
    }

    [Fact]
    public void Parse_MixtureOfExpertsBands_AreReadApartAndChosenForMoeModels()
    {
        var withMoe = Profile + "\n" + """
              mixtureOfExperts:
                calibrated: { p10: -0.3, p90: 1.5, cases: 200 }
                priors: { p10: -0.2, p90: 1.2, cases: 200 }
            """;

        var bands = CalibrationLoader.Parse(withMoe, "p.yaml").Value.Confidence!;

        bands.For(ConfidenceBasis.Calibrated, mixtureOfExperts: true).ShouldBe(new ConfidenceBand(-0.3, 1.5, 200));
        bands.For(ConfidenceBasis.Calibrated, mixtureOfExperts: false).ShouldBe(new ConfidenceBand(-0.1, 0.12, 300));

        // MoE priors (-0.2, 1.2) widened to enclose MoE calibrated (-0.3, 1.5): monotone within the kind of model too.
        bands.For(ConfidenceBasis.Priors, mixtureOfExperts: true).ShouldBe(new ConfidenceBand(-0.3, 1.5, 200));
    }

    [Fact]
    public void Parse_FamilyBands_AreReadByFamily_AndAnInvertedOneNamesIt()
    {
        var withFamilies = Profile + "\n" + """
              modelFamilies:
                llama-4: { p10: 0.01, p90: 0.92, cases: 13 }
              acceleratorFamilies:
                cdna3: { p10: -0.33, p90: 0.64, cases: 30 }
            """;

        var bands = CalibrationLoader.Parse(withFamilies, "p.yaml").Value.Confidence!;

        bands.ModelFamilies["llama-4"].ShouldBe(new ConfidenceBand(0.01, 0.92, 13));
        bands.AcceleratorFamilies["cdna3"].ShouldBe(new ConfidenceBand(-0.33, 0.64, 30));
        CalibrationLoader.Parse(withFamilies.Replace("p10: 0.01, p90: 0.92", "p10: 0.92, p90: 0.01", StringComparison.Ordinal), "p.yaml")
            .Errors.ShouldContain(e => e.Field == "confidence.modelFamilies.llama-4" && e.Reason.Contains("p10 (0.92) must not exceed p90 (0.01)"));
    }

    [Fact]
    public void Parse_NoSection_HasNoBands() =>
        CalibrationLoader.Parse(Profile[..Profile.IndexOf("confidence:", StringComparison.Ordinal)], "p.yaml").Value.Confidence.ShouldBeNull();

    [Fact]
    public void Parse_InvertedBand_NamesTheBasis()
    {
        var result = CalibrationLoader.Parse(Profile.Replace("p10: -0.2, p90: 0.6", "p10: 0.6, p90: -0.2", StringComparison.Ordinal), "p.yaml");

        result.Errors.ShouldContain(e => e.Source == "p.yaml" && e.Field == "confidence.priors" && e.Reason.Contains("p10 (0.6) must not exceed p90 (-0.2)"));
    }

    [Fact]
    public void Parse_UnknownKeyOrOutOfRange_AreErrorsWithTheField()
    {
        var result = CalibrationLoader.Parse(Profile.Replace("cases: 300 }\n  priors", "cases: 300, width: 2 }\n  priors", StringComparison.Ordinal).Replace("p90: 0.12", "p90: 120", StringComparison.Ordinal), "p.yaml");

        result.Errors.ShouldContain(e => e.Field == "confidence.transferred.width" && e.Reason.Contains("not a known field"));
        result.Errors.ShouldContain(e => e.Field == "confidence.calibrated.p90" && e.Reason.Contains("from -1 to 100"));
    }

    [Fact]
    public void ApplyTo_CarriesTheFittedFamiliesAndBandsIntoTheCatalog()
    {
        var profile = CalibrationLoader.Parse(Profile, "p.yaml").Value;

        var applied = profile.ApplyTo(Support.TestCatalog.Instance).Calibration!;

        applied.FittedFamilies.ShouldBeEmpty();
        applied.FittedStacks.ShouldBeEmpty();
        applied.Bands.ShouldBe(profile.Confidence);
    }
}

using System.Globalization;
using InferCost.Fidelity;
using YamlDotNet.Serialization;

namespace InferCost.Reporting.Fidelity;

/// <summary>Writes a calibration profile as the YAML that <see cref="CalibrationLoader"/> reads.</summary>
public static class CalibrationWriter
{
    /// <summary>The profile as YAML, in the format the calibration loader reads.</summary>
    public static string ToYaml(CalibrationProfile profile)
    {
        var source = new Dictionary<string, object> { ["ref"] = profile.Source.Reference, ["date"] = profile.Source.Date };
        if (profile.Source.Note is { } note)
        {
            source["note"] = note;
        }

        var document = new Dictionary<string, object>
        {
            ["source"] = source,
            ["families"] = profile.Families.ToDictionary(
                kv => kv.Key,
                kv => (object)new Dictionary<string, object>
                {
                    ["bandwidthFraction"] = Round(kv.Value.Efficiency.BandwidthFraction),
                    ["computeFraction"] = Round(kv.Value.Efficiency.ComputeFraction),
                    ["linkFraction"] = Round(kv.Value.Efficiency.LinkFraction),
                    ["fitted"] = kv.Value.FittedKeys.ToList(),
                    ["cases"] = kv.Value.Cases,
                    ["rmsLogError"] = Round(kv.Value.RmsLogError),
                }),
            ["stacks"] = profile.Stacks.ToDictionary(
                kv => kv.Key,
                kv => (object)new Dictionary<string, object>
                {
                    ["passFixedUs"] = Math.Round(kv.Value.Factors.PassFixed.Value * 1e6, 1),
                    ["perKernelUs"] = Math.Round(kv.Value.Factors.PerKernel.Value * 1e6, 3),
                    ["perRequestUs"] = Math.Round(kv.Value.Factors.PerRequest.Value * 1e6, 3),
                    ["kvPoolFraction"] = Round(kv.Value.Factors.KvPoolFraction),
                    ["expertEfficiency"] = Round(kv.Value.Factors.ExpertEfficiency),
                    ["blockFp8Efficiency"] = Round(kv.Value.Factors.BlockFp8Efficiency),
                    ["fitted"] = kv.Value.FittedKeys.ToList(),
                    ["cases"] = kv.Value.Cases,
                    ["rmsLogError"] = Round(kv.Value.RmsLogError),
                }),
        };
        ConfidenceSectionWriter.AddTo(document, profile.Confidence);
        var header = "# Calibration profile written by `infercost calibrate` (least squares on log error, Nelder-Mead): hardware factors\n"
            + "# per accelerator family (families:), software factors per serving stack (stacks:), fitted in turn.\n"
            + "# Apply it with --calibration FILE; see docs/validation.md for what each factor means.\n";
        return header + new SerializerBuilder().Build().Serialize(document);
    }

    private static double Round(double v) => Math.Round(v, 4);

    /// <summary>This month as a calibration source date (yyyy-MM, UTC).</summary>
    public static string Today() => DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

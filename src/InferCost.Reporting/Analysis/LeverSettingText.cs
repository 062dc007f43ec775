using InferCost.Analysis;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Analysis;

/// <summary>Names a lever end's setting for a reader: the flag value plus what it resolved to where that is not obvious.</summary>
public static class LeverSettingText
{
    /// <summary>A lever's setting at one end, as words (e.g. 'batch 8').</summary>
    public static string Describe(LeverKind kind, LeverEnd end)
    {
        var s = end.Estimate.Scenario;
        return kind switch
        {
            LeverKind.Batch when s.Batch.IsMax => $"max ({end.Estimate.Memory.Batch})",
            LeverKind.Batch => $"batch {end.Setting.Value}",
            LeverKind.AttendedContext => $"{end.Setting.Value} ({s.InputTokens:#,##0} tokens)",
            LeverKind.Utilisation => QuantityFormatter.Format(Quantity.Share(s.Finance.Utilisation)),
            LeverKind.PowerPrice => $"{end.Setting.Value} ({QuantityFormatter.Format(s.Facility.PowerPrice.ToQuantity())})",
            LeverKind.Pue => $"PUE {end.Setting.Value}",
            LeverKind.KvPrecision => $"KV {end.Setting.Value}",
            _ => end.Setting.Value,
        };
    }
}

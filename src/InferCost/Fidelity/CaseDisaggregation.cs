using System.Globalization;
using System.Text.RegularExpressions;

namespace InferCost.Fidelity;

/// <summary>
/// A disaggregated deployment (xPyD): prefill and decode run in separate pools of instances, and the sources measure one
/// pool at a time with the other unconstrained. In a case with a disaggregation, the case's gpus, tp, pp, ep and
/// attention_dp describe the decode pool (all its instances), and output_tps or itl_ms is that pool's figure.
/// </summary>
/// <param name="PrefillInstances">Prefill instances (x in xPyD); null when the source does not say how many (written <c>PyD</c>).</param>
/// <param name="DecodeInstances">Decode instances (y in xPyD).</param>
public sealed partial record CaseDisaggregation(int? PrefillInstances, int DecodeInstances)
{
    /// <summary>What the case-file column accepts, for error messages.</summary>
    public const string Allowed = "xPyD with x prefill and y decode instances, whole numbers >= 1 (e.g. 1P1D, 2P4D), or PyD when the source does not say how many prefill instances; empty = aggregated";

    /// <summary>The notation as case files write it: 1P1D, or P1D when the prefill instances are not stated.</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{PrefillInstances}P{DecodeInstances}D");

    /// <summary>Parses xPyD (or PyD); false for anything else, including zero instances.</summary>
    public static bool TryParse(string text, out CaseDisaggregation? disaggregation)
    {
        disaggregation = null;
        var m = Notation().Match(text.Trim());
        if (!m.Success || !int.TryParse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var decode) || decode < 1)
        {
            return false;
        }

        int? prefill = null;
        if (m.Groups["p"].Success)
        {
            if (!int.TryParse(m.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p < 1)
            {
                return false;
            }

            prefill = p;
        }

        disaggregation = new CaseDisaggregation(prefill, decode);
        return true;
    }

    [GeneratedRegex("^(?<p>[0-9]{1,6})?P(?<d>[0-9]{1,6})D$", RegexOptions.CultureInvariant)]
    private static partial Regex Notation();
}

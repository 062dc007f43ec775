namespace InferCost.Fidelity;

/// <summary>Finds the fitted factors of a profile that ended at a bound of their range.</summary>
public static class BoundWarnings
{
    /// <summary>
    /// How close to a bound counts as at it: 1% of the factor's range (0.007 of a bandwidth fraction, 30 µs of step
    /// overhead). The logistic map never reaches a bound exactly, so "at" has to mean "within a small distance".
    /// </summary>
    public const double Tolerance = 0.01;

    /// <summary>Every fitted factor of every family within <see cref="Tolerance"/> of a bound, by family then factor.</summary>
    public static IReadOnlyList<BoundWarning> Of(CalibrationProfile profile)
    {
        var warnings = new List<BoundWarning>();
        foreach (var family in profile.Families.Values)
        {
            foreach (var factor in EfficiencyFactor.All)
            {
                var value = factor.Read(family.Efficiency);
                var (lo, hi) = factor.Range;
                var near = Tolerance * (hi - lo);
                if (value - lo <= near)
                {
                    warnings.Add(new BoundWarning(family.Family, factor, value, lo, Upper: false));
                }
                else if (hi - value <= near)
                {
                    warnings.Add(new BoundWarning(family.Family, factor, value, hi, Upper: true));
                }
            }
        }

        return warnings;
    }
}

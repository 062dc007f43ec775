namespace InferCost.Fidelity;

/// <summary>Finds the fitted factors of a profile that ended at a bound of their range.</summary>
public static class BoundWarnings
{
    /// <summary>
    /// How close to a bound counts as at it: 1% of the factor's range (0.007 of a bandwidth fraction, 0.095 µs of a
    /// kernel's cost). The logistic map never reaches a bound exactly, so "at" has to mean "within a small distance".
    /// </summary>
    public const double Tolerance = 0.01;

    /// <summary>
    /// Every fitted factor of every family, then of every stack, within <see cref="Tolerance"/> of a bound (a factor kept at
    /// its prior is not a fit's result, wherever its prior lies).
    /// </summary>
    public static IReadOnlyList<BoundWarning> Of(CalibrationProfile profile)
    {
        var warnings = new List<BoundWarning>();
        foreach (var family in profile.Families.Values)
        {
            foreach (var factor in EfficiencyFactor.Family.Where(f => family.FittedKeys.Contains(f.Key)))
            {
                Check(warnings, family.Family, factor, factor.Read(family.Efficiency));
            }
        }

        foreach (var stack in profile.Stacks.Values)
        {
            foreach (var factor in EfficiencyFactor.Stack.Where(f => stack.FittedKeys.Contains(f.Key)))
            {
                Check(warnings, stack.Stack, factor, factor.Read(stack.Factors));
            }
        }

        return warnings;
    }

    private static void Check(List<BoundWarning> warnings, string owner, EfficiencyFactor factor, double value)
    {
        var (lo, hi) = factor.Range;
        var near = Tolerance * (hi - lo);
        if (value - lo <= near)
        {
            warnings.Add(new BoundWarning(owner, factor, value, lo, Upper: false));
        }
        else if (hi - value <= near)
        {
            warnings.Add(new BoundWarning(owner, factor, value, hi, Upper: true));
        }
    }
}

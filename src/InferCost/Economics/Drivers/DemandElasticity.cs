using InferCost.Economics.Checks;
using InferCost.Results;

namespace InferCost.Economics.Drivers;

/// <summary>
/// A constant price elasticity of token demand, e: when the price falls D times, tokens grow D^e times and spend D^(e-1)
/// times. Given directly, or read from an observed episode (then <see cref="Observed"/> says which).
/// </summary>
/// <param name="Value">e.</param>
/// <param name="Observed">The episode it was read from; null when given directly.</param>
public sealed record DemandElasticity(double Value, ObservedJevons? Observed)
{
    /// <summary>An elasticity given directly, checked against <see cref="DriverFields.ElasticityRange"/>.</summary>
    public static Result<DemandElasticity> FromValue(double e) =>
        RateCheck.Collect([RateCheck.Check(DriverFields.Elasticity, e, DriverFields.ElasticityRange, "")], () => new DemandElasticity(e, null));

    /// <summary>The elasticity an observed (price drop, spend growth) pair implies; both checked, and the result must be in range.</summary>
    public static Result<DemandElasticity> FromObserved(double priceDrop, double spendGrowth)
    {
        var errors = new List<InputError?>
        {
            RateCheck.Check(DriverFields.ObservedPriceDrop, priceDrop, DriverFields.ObservedPriceDropRange, "x"),
            RateCheck.Check(DriverFields.ObservedSpendGrowth, spendGrowth, DriverFields.ObservedSpendGrowthRange, "x"),
        };
        if (errors.TrueForAll(e => e is null))
        {
            var observed = new ObservedJevons(priceDrop, spendGrowth);
            if (!DriverFields.ElasticityRange.Contains(observed.Elasticity))
            {
                errors.Add(RateCheck.Error(
                    DriverFields.ObservedSpendGrowth,
                    $"with a {Scenarios.Fields.FieldRange.Format(priceDrop)}x price drop, {Scenarios.Fields.FieldRange.Format(spendGrowth)}x spend implies an elasticity of {observed.Elasticity:0.###}, outside {DriverFields.ElasticityRange.Describe("")} ({DriverFields.ElasticityRange.Reason})."));
            }
        }

        return RateCheck.Collect(errors, () => new DemandElasticity(new ObservedJevons(priceDrop, spendGrowth).Elasticity, new ObservedJevons(priceDrop, spendGrowth)));
    }
}

using InferCost.Economics.Checks;
using InferCost.Results;

namespace InferCost.Economics.Drivers;

/// <summary>
/// Essay 004's "four independent vectors that multiply": the per-cycle factor is the product of the drivers' gains
/// (midpoints 2.5 x 2.5 x 4 x 3 = 75x), and N cycles compound it to factor^N.
/// </summary>
public static class DriverCompounding
{
    /// <summary>Points on the chart's curves from 0 cycles to the last.</summary>
    public const int CurvePoints = 41;

    /// <summary>The product of the drivers' low ends, midpoints and high ends.</summary>
    public static CompoundFactor PerCycle(IEnumerable<CostDriver> drivers)
    {
        double low = 1, mid = 1, high = 1;
        foreach (var d in drivers)
        {
            low *= d.Low;
            mid *= d.Mid;
            high *= d.High;
        }

        return new CompoundFactor(low, mid, high);
    }

    /// <summary>The supply side over <paramref name="cycles"/> cycles, checked, with the cycles to reach <paramref name="headline"/>.</summary>
    public static Result<SupplyResult> Run(IReadOnlyList<CostDriver> drivers, double cycles, double headline)
    {
        if (RateCheck.Check(DriverFields.Cycles, cycles, DriverFields.CyclesRange, "cycles") is { } error)
        {
            return Result.Fail<SupplyResult>(error);
        }

        var perCycle = PerCycle(drivers);
        var curve = Enumerable.Range(0, CurvePoints)
            .Select(i => cycles * i / (CurvePoints - 1))
            .Select(c => new CompoundingPoint(c, perCycle.Over(c)))
            .ToList();
        return Result.Ok(new SupplyResult(drivers, perCycle, cycles, perCycle.Over(cycles), CyclesToTarget.Of(perCycle, headline), curve));
    }
}

using InferCost.Results;

namespace InferCost.Economics.Drivers;

/// <summary>Essay 004's supply and demand of tokens: the drivers compounded over cycles, and demand projected as the price falls.</summary>
public static class DriversAnalysis
{
    /// <summary>Runs both sides; every problem with the inputs is reported at once.</summary>
    public static Result<DriversResult> Run(
        IReadOnlyList<CostDriver> drivers, double cycles, double headline, DemandElasticity elasticity, IReadOnlyList<double> priceDrops)
    {
        var supply = DriverCompounding.Run(drivers, cycles, headline);
        var demand = DemandProjection.Project(elasticity, priceDrops);
        if (!supply.Succeeded || !demand.Succeeded)
        {
            return Result.Fail<DriversResult>([.. supply.Errors, .. demand.Errors]);
        }

        return Result.Ok(new DriversResult(supply.Value, elasticity, demand.Value, DemandProjection.Curve(elasticity, priceDrops.Max())));
    }
}

using InferCost.Results;
using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>
/// The band of $/1M output tokens that prices are projected against: the physical floor, with where it came from. The
/// floor's own band (<see cref="FloorResult.Band"/>) runs from energy alone (memory, compute, interconnect and facility
/// overhead: what physics charges even for hardware that cost nothing) to energy + capital at best-case utilisation (the
/// floor's total); a user may state another.
/// </summary>
/// <param name="Low">The band's low edge.</param>
/// <param name="High">The band's high edge (a price at or below it has reached the floor).</param>
/// <param name="Source">Where the band came from (a command, a flag, a document).</param>
public sealed record FloorBand(DollarsPerMillionTokens Low, DollarsPerMillionTokens High, string Source)
{
    /// <summary>The field id errors about the band name.</summary>
    public const string Field = "floor";

    /// <summary>The band, or why not: both edges positive and finite, low at most high.</summary>
    public static Result<FloorBand> Create(double low, double high, string source)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || low <= 0 || high <= 0)
        {
            return Result.Fail<FloorBand>(source, Field, $"{low}..{high} is not a band of positive prices; give LOW..HIGH in USD per 1M output tokens, both above 0 (e.g. 0.015..0.025).", ErrorCodes.OutOfRange);
        }

        if (low > high)
        {
            return Result.Fail<FloorBand>(source, Field, $"the low edge {low} is above the high edge {high}; give LOW..HIGH with LOW <= HIGH.", ErrorCodes.OutOfRange);
        }

        return Result.Ok(new FloorBand(new DollarsPerMillionTokens(low), new DollarsPerMillionTokens(high), source));
    }
}

namespace InferCost.Economics.Market;

/// <summary>
/// Dates as years on the axis the price fits use: t = days since 2020-01-01 / 365.25, so that a slope is per year and
/// an intercept is ln(price) on 2020-01-01.
/// </summary>
public static class TimeAxis
{
    /// <summary>The date t = 0 stands for.</summary>
    public static readonly DateOnly Origin = new(2020, 1, 1);

    /// <summary>Days in a year on this axis (the Julian year).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>The date as years since <see cref="Origin"/>.</summary>
    public static double Years(DateOnly date) => (date.DayNumber - Origin.DayNumber) / DaysPerYear;

    /// <summary>
    /// The date <paramref name="years"/> after <see cref="Origin"/> (to the nearest day); null when it falls outside what
    /// a date can hold (before year 1 or after 9999).
    /// </summary>
    public static DateOnly? Date(double years)
    {
        var day = Origin.DayNumber + Math.Round(years * DaysPerYear);
        return double.IsFinite(day) && day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)day)
            : null;
    }
}

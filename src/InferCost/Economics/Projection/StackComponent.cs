namespace InferCost.Economics.Projection;

/// <summary>One component of the cost stack as a projection uses it.</summary>
/// <param name="Id">Component id.</param>
/// <param name="Name">Display name.</param>
/// <param name="TodayShare">Share today (0-1).</param>
/// <param name="Rate">The reduction rate per generation the projection uses (the essay's mid-range unless overridden).</param>
/// <param name="RateLow">The low end of the essay's range.</param>
/// <param name="RateHigh">The high end of the essay's range.</param>
/// <param name="EssayShare">The essay's own share in its projected year.</param>
/// <param name="RateBasis">Where <paramref name="Rate"/> comes from.</param>
public sealed record StackComponent(string Id, string Name, double TodayShare, double Rate, double RateLow, double RateHigh, double EssayShare, string RateBasis);

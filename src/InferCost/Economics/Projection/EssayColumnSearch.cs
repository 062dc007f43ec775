using System.Collections.Immutable;

namespace InferCost.Economics.Projection;

/// <summary>
/// Searches the essay's rate ranges for the rates whose shares come closest to its projected column: a grid of
/// <see cref="Steps"/> points across each range (a component with one rate has one point), keeping the smallest largest miss.
/// </summary>
public static class EssayColumnSearch
{
    /// <summary>Grid points across each rate range: 0.04 apart across compute's 3-4x, finer than the essay's figures.</summary>
    public const int Steps = 26;

    /// <summary>The closest fit after <paramref name="generations"/> whole generations.</summary>
    public static EssayColumnFit Closest(StackRates stack, int generations)
    {
        var c = stack.Components;
        var today = c.Select(x => x.TodayShare).ToArray();
        var target = c.Select(x => x.EssayShare).ToArray();
        var axes = c.Select(x => Grid(x.RateLow, x.RateHigh)).ToArray();
        var index = new int[c.Length];
        var rates = new double[c.Length];
        var best = (Miss: double.MaxValue, Rates: Array.Empty<double>(), Shares: Array.Empty<double>());
        while (true)
        {
            for (var i = 0; i < c.Length; i++)
            {
                rates[i] = axes[i][index[i]];
            }

            var shares = ShareProjection.SharesAt(today, rates, generations);
            var miss = shares.Select((s, i) => Math.Abs(s - target[i])).Max();
            if (miss < best.Miss)
            {
                best = (miss, [.. rates], shares);
            }

            // Odometer over the grid: advance the first axis that is not at its end, resetting those before it.
            var k = 0;
            while (k < c.Length && ++index[k] == axes[k].Length)
            {
                index[k++] = 0;
            }

            if (k == c.Length)
            {
                break;
            }
        }

        var worst = best.Shares.Select((s, i) => (Miss: Math.Abs(s - target[i]), Id: c[i].Id)).MaxBy(m => m.Miss).Id;
        return new EssayColumnFit(generations, [.. best.Rates], [.. best.Shares], best.Miss, worst);
    }

    private static double[] Grid(double low, double high) => high > low
        ? [.. Enumerable.Range(0, Steps).Select(j => low + ((high - low) * j / (Steps - 1)))]
        : [low];
}

using System.Globalization;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Serving.Workloads;

/// <summary>
/// When synthetic requests arrive: the gap before the next one. <see cref="Poisson"/> gaps are exponential (arrivals
/// independent of each other, coefficient of variation 1); <see cref="Gamma"/> gaps have a chosen coefficient of
/// variation, bursty above 1 and steadier below. A gap allocates nothing; a seeded generator repeats its sequence.
/// </summary>
public abstract class ArrivalProcess
{
    private protected ArrivalProcess(double ratePerSecond, double burstiness)
    {
        RatePerSecond = ratePerSecond;
        Burstiness = burstiness;
    }

    /// <summary>The mean arrival rate, requests per second (the inverse of the mean gap).</summary>
    public double RatePerSecond { get; }

    /// <summary>The coefficient of variation of the gaps (standard deviation / mean): 1 for Poisson arrivals.</summary>
    public double Burstiness { get; }

    /// <summary>The time from one arrival to the next.</summary>
    public abstract Seconds NextGap(Random rng);

    /// <summary>Poisson arrivals at <paramref name="ratePerSecond"/> requests per second (field <c>rate</c>).</summary>
    public static Result<ArrivalProcess> Poisson(double ratePerSecond) =>
        RateError(ratePerSecond) is { } error
            ? Result.Fail<ArrivalProcess>(error)
            : Result.Ok<ArrivalProcess>(new PoissonArrivals(ratePerSecond));

    /// <summary>
    /// Gamma-distributed gaps with mean 1 / <paramref name="ratePerSecond"/> and coefficient of variation
    /// <paramref name="burstiness"/> (fields <c>rate</c> and <c>burstiness</c>); burstiness 1 is Poisson.
    /// </summary>
    public static Result<ArrivalProcess> Gamma(double ratePerSecond, double burstiness)
    {
        var errors = new List<InputError>();
        if (RateError(ratePerSecond) is { } rateError)
        {
            errors.Add(rateError);
        }

        if (!double.IsFinite(burstiness) || burstiness < WorkloadLimits.MinBurstiness || burstiness > WorkloadLimits.MaxBurstiness)
        {
            errors.Add(new InputError(
                "scenario",
                "burstiness",
                string.Create(CultureInfo.InvariantCulture, $"{burstiness} is outside {WorkloadLimits.MinBurstiness}..{WorkloadLimits.MaxBurstiness}: it is the coefficient of variation of the gaps between arrivals (1 = Poisson, above 1 = bursty); 0.1 is already nearly periodic, and the burstiest shipped trace (azure-code) measures 13.2."),
                ErrorCodes.OutOfRange));
        }

        return errors.Count > 0 ? Result.Fail<ArrivalProcess>(errors) : Result.Ok<ArrivalProcess>(new GammaArrivals(ratePerSecond, burstiness));
    }

    private static InputError? RateError(double ratePerSecond) =>
        double.IsFinite(ratePerSecond) && ratePerSecond >= WorkloadLimits.MinRate && ratePerSecond <= WorkloadLimits.MaxRate
            ? null
            : new InputError(
                "scenario",
                "rate",
                string.Create(CultureInfo.InvariantCulture, $"{ratePerSecond} requests/s is outside {WorkloadLimits.MinRate}..{WorkloadLimits.MaxRate:0}: below is an idle server, above is more than one deployment can serve (the shipped conversation trace averages 5.5/s); is it per minute or per hour?"),
                ErrorCodes.OutOfRange);
}

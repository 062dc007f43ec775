using InferCost.Units;
using MathNet.Numerics.Distributions;

namespace InferCost.Serving.Workloads;

/// <summary>Poisson arrivals: exponential gaps with mean 1 / rate.</summary>
internal sealed class PoissonArrivals(double ratePerSecond) : ArrivalProcess(ratePerSecond, 1)
{
    /// <inheritdoc />
    public override Seconds NextGap(Random rng) => new(Exponential.Sample(rng, RatePerSecond));
}

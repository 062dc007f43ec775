using InferCost.Units;
using MathNetGamma = MathNet.Numerics.Distributions.Gamma;

namespace InferCost.Serving.Workloads;

/// <summary>
/// Gamma gaps with mean 1 / rate and coefficient of variation c: shape k = 1 / c² (a gamma's CV is 1 / sqrt(k)) and
/// rate parameter k × rate (its mean is k / that = 1 / rate).
/// </summary>
internal sealed class GammaArrivals : ArrivalProcess
{
    private readonly double _shape;
    private readonly double _rateParameter;

    public GammaArrivals(double ratePerSecond, double burstiness)
        : base(ratePerSecond, burstiness)
    {
        _shape = 1 / (burstiness * burstiness);
        _rateParameter = _shape * ratePerSecond;
    }

    /// <inheritdoc />
    public override Seconds NextGap(Random rng) => new(MathNetGamma.Sample(rng, _shape, _rateParameter));
}

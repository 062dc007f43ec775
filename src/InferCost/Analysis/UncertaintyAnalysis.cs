using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Sweeps;
using InferCost.Sweeps.Grid;
using InferCost.Units;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace InferCost.Analysis;

/// <summary>
/// Seeded Monte Carlo over a scenario's uncertain inputs: each sample draws every ranged input, is estimated by the sweep
/// kernel (<see cref="PointEstimator"/>, the same figures as the explained estimate), and the served samples give
/// percentiles of $/1M tokens and each input's rank correlation with $/1M output.
/// </summary>
public static class UncertaintyAnalysis
{
    /// <summary>The most samples one analysis draws.</summary>
    public const int MaxSamples = 1_000_000;

    private const int MaxHistogramBins = 40;

    // The order in which inputs take their stream seeds from the master stream: fixed per field in the field table
    // (ScenarioField.SampleStream), so that a seed's results never depend on the order of an enum or of the table.
    private static readonly PointField[] StreamOrder = [.. ScenarioFields.SampleStreamOrder.Select(f => f.Point!.Value)];

    /// <summary>
    /// Draws <paramref name="samples"/> samples of <paramref name="inputs"/> over <paramref name="s"/>. Each input has its own
    /// Mersenne Twister stream, seeded from <paramref name="seed"/> and the input's place in a fixed order, so an
    /// input's draws do not change when another input is added or removed.
    /// </summary>
    public static Result<UncertaintyResult> Run(Scenario s, IReadOnlyList<SampledInput> inputs, int samples, int seed)
    {
        var invalid = Validate(s, inputs, samples);
        if (invalid.Count > 0)
        {
            return Result.Fail<UncertaintyResult>(invalid);
        }

        var samplers = Samplers(inputs, seed);
        var drawn = inputs.Select(_ => new double[samples]).ToArray();
        var outputCost = new double[samples];
        var inputCost = new double[samples];
        var served = new bool[samples];
        var infeasible = new SortedDictionary<PointStatus, int>();
        var nominal = new PointInputs(new ScenarioContext(s));
        for (var n = 0; n < samples; n++)
        {
            var p = nominal;
            for (var k = 0; k < inputs.Count; k++)
            {
                var value = samplers[k]();
                drawn[k][n] = value;
                PointFields.Apply(ref p, inputs[k].Input, value);
            }

            var point = PointEstimator.Evaluate(p);
            if (point.IsFeasible)
            {
                served[n] = true;
                outputCost[n] = point.OutputCost.Value;
                inputCost[n] = point.InputCost.Value;
            }
            else
            {
                infeasible[point.Status] = infeasible.GetValueOrDefault(point.Status) + 1;
            }
        }

        var output = Served(outputCost, served);
        if (output.Length == 0)
        {
            var reasons = string.Join(", ", infeasible.Select(r => $"{Describe(r.Key)}: {r.Value:#,##0}"));
            return Result.Fail<UncertaintyResult>("samples", "", $"none of the {samples:#,##0} samples can be served ({reasons}); narrow the ranges that cause it.");
        }

        var drivers = inputs
            .Select((input, k) => new InputDriver(input, Rho(Served(drawn[k], served), output)))
            .OrderBy(d => d.SpearmanRho is null)
            .ThenByDescending(d => Math.Abs(d.SpearmanRho ?? 0))
            .ToList();
        return Result.Ok(new UncertaintyResult(
            s,
            inputs,
            samples,
            seed,
            output.Length,
            infeasible,
            Spread(output),
            Spread(Served(inputCost, served)),
            drivers,
            Histogram(output),
            [.. output.Select(v => new DollarsPerMillionTokens(v))]));
    }

    private static List<InputError> Validate(Scenario s, IReadOnlyList<SampledInput> inputs, int samples)
    {
        var errors = new List<InputError>(ScenarioValidator.Validate(s));
        if (samples < 1 || samples > MaxSamples)
        {
            errors.Add(new InputError("samples", "", $"must be a whole number from 1 to {MaxSamples:#,##0}, found {samples}."));
        }

        foreach (var group in inputs.GroupBy(i => i.Input).Where(g => g.Count() > 1))
        {
            errors.Add(new InputError("inputs", group.Key.ToString(), "is given more than one distribution."));
        }

        foreach (var (input, d) in inputs)
        {
            if (!double.IsFinite(d.Low) || !double.IsFinite(d.Mode) || !double.IsFinite(d.High) || d.Low > d.Mode || d.Mode > d.High)
            {
                errors.Add(new InputError("inputs", input.ToString(), $"needs finite low <= mode <= high, found {d.Low} .. {d.Mode} .. {d.High}."));
                continue;
            }

            if (PointFields.IsWholeNumber(input) && d.Low < 1)
            {
                errors.Add(new InputError("inputs", input.ToString(), $"is a whole number >= 1, found a low end of {d.Low}."));
                continue;
            }

            // Every scenario check is an interval (or, for input + output, monotone), so valid ends make every draw valid.
            foreach (var end in new[] { d.Low, d.High })
            {
                errors.AddRange(ScenarioValidator.Validate(PointFields.ApplyTo(s, input, Drawn(input, end))).Except(errors));
            }
        }

        return errors;
    }

    private static Func<double>[] Samplers(IReadOnlyList<SampledInput> inputs, int seed)
    {
        var master = new MersenneTwister(seed);
        var streamSeeds = StreamOrder.ToDictionary(i => i, _ => master.Next());
        return [.. inputs.Select(i => Sampler(i, streamSeeds[i.Input]))];
    }

    private static Func<double> Sampler(SampledInput input, int seed)
    {
        var d = input.Distribution;
        var field = input.Input;
        if (d.IsConstant)
        {
            return () => Drawn(field, d.Low);
        }

        IContinuousDistribution distribution = d.Shape == DistributionShape.Triangular
            ? new Triangular(d.Low, d.High, d.Mode, new MersenneTwister(seed))
            : new ContinuousUniform(d.Low, d.High, new MersenneTwister(seed));
        return PointFields.IsWholeNumber(field) ? () => Drawn(field, distribution.Sample()) : distribution.Sample;
    }

    // Batch and token counts are whole: halves round away from zero, so a whole-number range never rounds outside its ends.
    private static double Drawn(PointField field, double value) =>
        PointFields.IsWholeNumber(field) ? Math.Round(value, MidpointRounding.AwayFromZero) : value;

    private static double[] Served(double[] values, bool[] served) => [.. values.Where((_, n) => served[n])];

    // Spearman's rho is undefined (0/0) when either side has no spread: report no correlation rather than NaN.
    private static double? Rho(double[] input, double[] cost)
    {
        if (input.Length < 2 || input.Min() == input.Max() || cost.Min() == cost.Max())
        {
            return null;
        }

        var rho = Correlation.Spearman(input, cost);
        return double.IsFinite(rho) ? Math.Clamp(rho, -1, 1) : null;
    }

    // Statistics.Quantile is MathNet's R-8 estimator (approximately median-unbiased whatever the distribution).
    private static CostSpread Spread(double[] costs) => new(
        new DollarsPerMillionTokens(Statistics.Quantile(costs, 0.1)),
        new DollarsPerMillionTokens(Statistics.Quantile(costs, 0.5)),
        new DollarsPerMillionTokens(Statistics.Quantile(costs, 0.9)),
        new DollarsPerMillionTokens(costs.Mean()));

    // About the square root of the sample count in bins, at most 40; one bin when every cost is the same.
    private static List<HistogramBin> Histogram(double[] costs)
    {
        var bins = costs.Min() == costs.Max() ? 1 : Math.Min(MaxHistogramBins, (int)Math.Ceiling(Math.Sqrt(costs.Length)));
        var histogram = new Histogram(costs, bins);
        return [.. Enumerable.Range(0, histogram.BucketCount).Select(i => histogram[i])
            .Select(b => new HistogramBin(new DollarsPerMillionTokens(b.LowerBound), new DollarsPerMillionTokens(b.UpperBound), (int)b.Count))];
    }

    private static string Describe(PointStatus status) => status switch
    {
        PointStatus.ExceedsContext => "input + output over the model's maximum context",
        PointStatus.NothingFits => "not one request fits in memory",
        PointStatus.BatchDoesNotFit => "batch does not fit in memory",
        PointStatus.ExceedsRequestLimit => "batch over the scheduler's request limit",
        _ => status.ToString(),
    };
}

using BenchmarkDotNet.Attributes;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Sweeps;

namespace InferCost.Benchmarks;

/// <summary>
/// One single-GPU decode scenario per operation: the sweep kernel (allocation-free) against the public estimate path
/// (<see cref="CostEstimator.Estimate(Scenario, Derivation)"/> with the derivation off), each varying batch and prompt length
/// from point to point as a sweep does.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KernelBenchmarks
{
    private const int Points = 1024;
    private readonly Scenario[] _scenarios = new Scenario[Points];
    private readonly PointInputs[] _points = new PointInputs[Points];

    [GlobalSetup]
    public void Setup()
    {
        var s = BenchScenarios.Default();
        var context = new ScenarioContext(s);
        for (var i = 0; i < Points; i++)
        {
            var batch = 1 + (i % 64);
            var input = 512 * (1 + (i / 64));
            _scenarios[i] = s with { Batch = BatchSize.Of(batch), InputTokens = input };
            _points[i] = new PointInputs(context) { Batch = BatchSize.Of(batch), InputTokens = input };
        }
    }

    /// <summary>1,024 points through the sweep kernel.</summary>
    [Benchmark(OperationsPerInvoke = Points)]
    public double Kernel()
    {
        var sum = 0.0;
        for (var i = 0; i < Points; i++)
        {
            sum += PointEstimator.Evaluate(_points[i]).OutputCost.Value;
        }

        return sum;
    }

    /// <summary>The same 1,024 points one by one through the public estimate path.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Points)]
    public double EstimatePath()
    {
        var sum = 0.0;
        for (var i = 0; i < Points; i++)
        {
            var e = CostEstimator.Estimate(_scenarios[i], Derivation.Off());
            sum += e.Succeeded ? e.Value.Cost.PerMillionOutputTokens.Value : 0;
        }

        return sum;
    }
}

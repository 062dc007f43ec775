using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InferCost.Deployment;
using InferCost.Performance;
using InferCost.Serving;
using InferCost.Serving.Workloads;

namespace InferCost.Benchmarks;

/// <summary>
/// Issue 12's target: 1,000,000 requests with the Azure conversation trace's length mix (input and output drawn together
/// from its 19,366 requests), Poisson arrivals, Llama 3.1 70B FP8 on 8 x H200 (TP 8), simulated in under 10 s.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[MedianColumn]
public class SimulatorBenchmarks
{
    /// <summary>Requests per second offered: below the replica's capacity for this mix, so the queue stays bounded.</summary>
    [Params(20.0)]
    public double Rate { get; set; }

    private ScenarioContext _context = null!;
    private LengthDistribution _lengths = null!;
    private SchedulerSettings _settings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var s = BenchScenarios.Default();
        s = s.WithLayout(new ParallelLayout(tensorParallel: 8));
        _context = new ScenarioContext(s);
        _lengths = LengthDistribution.Empirical(ShippedTraces.Load(ShippedTraces.AzureConversation).Value);
        _settings = new SchedulerSettings(BatchingMode.Continuous, s.Serving.MaxRunningRequests, s.Serving.MaxBatchedTokens,
            SchedulingPolicy.DecodeFirst, KvCacheLayout.Paged, SchedulerSettings.DefaultBlockSize, PreemptionMode.Recompute);
    }

    [Benchmark]
    public long MillionRequests()
    {
        var source = new DrawnRequests(ArrivalProcess.Poisson(Rate).Value, _lengths, 1_000_000, double.PositiveInfinity, 1);
        return new ServingSimulator(_context, _settings).Run(new OpenLoopWorkload(source)).Value.Requests;
    }
}

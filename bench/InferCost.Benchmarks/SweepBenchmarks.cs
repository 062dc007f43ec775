using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InferCost.Cli;

namespace InferCost.Benchmarks;

/// <summary>
/// A 1,000,000-point sweep (100 batches x 100 prompt lengths x 100 output lengths) written to Parquet through the command
/// line, in process: catalog load, planning, evaluation and the file, end to end.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
[MedianColumn]
public class SweepBenchmarks
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"infercost-bench-{Environment.ProcessId}.parquet");

    [Benchmark]
    public int MillionPointsToParquet()
    {
        string[] args = ["sweep", "--batch", "1..100", "--input", "1k..100k+1k", "--output", "10..1000+10", "--out", _path, "--force"];
        return InferCostCli.Run(args, TextWriter.Null, TextWriter.Null);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);
}

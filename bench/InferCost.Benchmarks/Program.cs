using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/InferCost.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(InferCost.Benchmarks.KernelBenchmarks).Assembly).Run(args);

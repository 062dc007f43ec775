using System.Globalization;
using InferCost.Deployment;
using InferCost.Estimation;

namespace InferCost.Cli.Tests;

/// <summary>The essay 001 section 8.2 example files resolve, estimate, and use the smallest tensor-parallel degree that fits.</summary>
public class ExampleScenarioTests
{
    public static TheoryData<string> Files => [.. ExampleScenarios.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_ResolvesAndEstimates(string path)
    {
        var s = ExampleScenarios.Resolve(path);

        var e = CostEstimator.Estimate(s);
        e.Succeeded.ShouldBeTrue(string.Join("; ", e.Errors));
        e.Value.Memory.Batch.ShouldBe(s.Batch.Requests);
        s.Model.Id.ShouldBe("llama-3.1-70b");
        s.Accelerator.Id.ShouldBe("h200-sxm");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_OneGpuLessInTheTensorParallelGroup_DoesNotFit(string path)
    {
        var s = ExampleScenarios.Resolve(path);
        if (s.TensorParallel == 1)
        {
            return;
        }

        // The next smaller degree that can split the model's attention heads (TP 3 cannot split 64 heads).
        var tp = Enumerable.Range(1, s.TensorParallel - 1).Last(t => DeploymentRules.SplitsHeads(s.Model.Profile.Architecture.Attention, t));
        var smaller = ExampleScenarios.Resolve(path, ("tp", tp.ToString(CultureInfo.InvariantCulture)));
        var e = CostEstimator.Estimate(smaller);
        e.Succeeded.ShouldBeFalse($"{Path.GetFileName(path)} fits at tp {smaller.TensorParallel}: its tp is not the smallest that fits.");
        e.Errors.ShouldContain(x => x.Reason.Contains("fit", StringComparison.Ordinal));
    }

    [Fact]
    public void Example_Fp4OnHopper_IsWeightOnlyWithFp8Kv()
    {
        var s = ExampleScenarios.Resolve(Path.Combine(ExampleScenarios.Folder, "b128-fp4.yaml"));

        var e = CostEstimator.Estimate(s).Value;
        e.Model.ComputePrecision.ShouldBe(Architecture.Precision.Fp8);
        s.Kv.ShouldBe(Architecture.Precision.Fp8);
        e.Warnings.ShouldContain(w => w.Code == "weight-only-quantization");
    }

    [Fact]
    public void Examples_CompareRunsEveryOneOfThem()
    {
        var run = CliRun.Of(["compare", .. ExampleScenarios.Files, "--format", "csv"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv.Parse(run.Out);
        rows[0].ShouldBe(["Figure", "Unit", "b1-fp16", "b8-fp16", "b64-fp8", "b128-fp4", "ctx128k-b16-fp8"]);
        rows.Single(r => r[0] == "Status").Skip(2).ShouldAllBe(c => c == "runs");
    }
}

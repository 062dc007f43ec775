using System.Text.Json;
using InferCost.Reporting.Fidelity;
using InferCost.Fidelity;

namespace InferCost.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_PublishedCases_MeetsTheTargetsWithTheShippedProfile()
    {
        // The targets hold on the sources the shipped profile was fitted and checked on (TRT017, NIM). The sources
        // added for issue 9 (Blackwell, AMD, fine-grained MoE and MLA on SGLang/vLLM) are far off until the stack
        // and MoE physics land; docs/validation.md reports their error instead of pinning it here.
        var lines = File.ReadAllLines(RepositoryFiles.PublishedCases);
        using var original = new TempFile(".csv", string.Join('\n', [lines[0], .. lines.Skip(1).Where(l => l.StartsWith("TRT017-", StringComparison.Ordinal) || l.StartsWith("NIM-", StringComparison.Ordinal))]));
        var run = CliRun.Of("validate", "--cases", original.Path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var sets = doc.RootElement.GetProperty("sets");
        var calibration = sets.GetProperty("calibration").GetProperty("byMetric");
        var validation = sets.GetProperty("validation").GetProperty("byMetric");
        calibration.GetProperty("output_tps").GetProperty("medianAbsPctError").GetDouble().ShouldBeLessThanOrEqualTo(15);
        calibration.GetProperty("output_tps").GetProperty("count").GetInt32().ShouldBe(373);
        validation.GetProperty("itl_ms").GetProperty("medianAbsPctError").GetDouble().ShouldBeLessThanOrEqualTo(20);

        // The sets are never pooled: no latency case is in the calibration set's summary, no throughput case in the validation set's.
        calibration.TryGetProperty("itl_ms", out _).ShouldBeFalse();
        validation.TryGetProperty("output_tps", out _).ShouldBeFalse();
    }

    [Fact]
    public void Validate_Json_HasTheDocumentedShapeAndListsUnsupportedWithReasons()
    {
        var run = CliRun.Of("validate", "--cases", RepositoryFiles.PublishedCases, "--format", "json");
        using var doc = JsonDocument.Parse(run.Out);
        var sets = doc.RootElement.GetProperty("sets");
        var calibration = sets.GetProperty("calibration");
        var validation = sets.GetProperty("validation");
        var cases = doc.RootElement.GetProperty("cases").EnumerateArray().ToList();

        // 674 rows from TensorRT-LLM 0.17/0.20, DSTACK, SGLang's Qwen3 cookbook and vLLM's MI355X recipe are the
        // calibration set; 211 rows from NIM, TensorRT-LLM 1.x, SGLang's R1/V3.1/gpt-oss cookbooks, AMD's MI300X vLLM
        // table, llm-d's MI355X page and issue 11's multi-GPU rows (TRTBP-R1, SGLang large-scale EP) are the validation set.
        // "sets" summarises the analytic cases; the serving cases the simulator predicted (issue 12's 98 rows with a number
        // of requests, and NIM's 7 TTFTs under load) are under "serving".
        calibration.GetProperty("cases").GetInt32().ShouldBe(674);
        validation.GetProperty("cases").GetInt32().ShouldBe(204);
        (validation.GetProperty("supported").GetInt32() + validation.GetProperty("unsupported").GetInt32()).ShouldBe(204);
        var serving = doc.RootElement.GetProperty("serving");
        serving.TryGetProperty("calibration", out _).ShouldBeFalse();
        serving.GetProperty("validation").GetProperty("cases").GetInt32().ShouldBe(105);
        serving.GetProperty("validation").GetProperty("byMetric").GetProperty("ttft_ms").TryGetProperty("meanAbsPctError", out _).ShouldBeTrue();
        foreach (var key in new[] { "count", "medianAbsPctError", "p90AbsPctError", "medianSignedPctError", "within10Pct", "within25Pct" })
        {
            calibration.GetProperty("byMetric").GetProperty("output_tps").TryGetProperty(key, out _).ShouldBeTrue(key);
        }

        cases.Count.ShouldBe(983);
        cases.Count(c => c.GetProperty("set").GetString() == "validation").ShouldBe(309);
        cases.Count(c => c.GetProperty("simulated").GetBoolean()).ShouldBe(105);
        var unsupported = cases.Where(c => !c.GetProperty("supported").GetBoolean()).ToList();
        unsupported.Count.ShouldBe(calibration.GetProperty("unsupported").GetInt32() + validation.GetProperty("unsupported").GetInt32());
        unsupported.ShouldAllBe(c => c.GetProperty("reason").GetString()!.Length > 10 && c.GetProperty("predicted").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Validate_Markdown_SummarisesEachSetApartAndHasTheBiasTables()
    {
        var run = CliRun.Of("validate", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("## Summary by metric: calibration set");
        run.Out.ShouldContain("## Summary by metric: validation set");
        run.Out.ShouldContain("## Serving cases (simulated): validation set");
        run.Out.ShouldContain("## Serving cases by source group");
        foreach (var dimension in new[] { "accelerator", "model family", "stack", "precision" })
        {
            run.Out.ShouldContain($"## Bias by {dimension}");
        }

        run.Out.ShouldContain("| validation | trtllm NIM 1.8.0 | itl_ms | 9 |");
    }

    [Fact]
    public void Validate_Json_BiasRowsAgreeWithTheCases()
    {
        using var doc = JsonDocument.Parse(CliRun.Of("validate", "--format", "json").Out);
        var bias = doc.RootElement.GetProperty("bias").EnumerateArray().ToList();
        var cases = doc.RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("supported").GetBoolean() && !c.GetProperty("simulated").GetBoolean()).ToList();

        // Every dimension partitions the supported analytic cases (the simulated serving cases are summarised apart).
        foreach (var dimension in new[] { "accelerator", "model family", "stack", "precision" })
        {
            bias.Where(b => b.GetProperty("dimension").GetString() == dimension).Sum(b => b.GetProperty("cases").GetInt32()).ShouldBe(cases.Count, dimension);
        }

        var l40s = bias.Single(b => b.GetProperty("dimension").GetString() == "accelerator" && b.GetProperty("group").GetString() == "l40s");
        l40s.GetProperty("set").GetString().ShouldBe("calibration");
        l40s.GetProperty("cases").GetInt32().ShouldBe(54);
    }

    [Fact]
    public void Validate_Uncalibrated_IsWorseThanCalibrated()
    {
        static double Median(string calibration)
        {
            var args = new List<string> { "validate", "--cases", RepositoryFiles.PublishedCases, "--format", "json" };
            if (calibration.Length > 0)
            {
                args.AddRange(["--calibration", calibration]);
            }

            using var doc = JsonDocument.Parse(CliRun.Of([.. args]).Out);
            return doc.RootElement.GetProperty("sets").GetProperty("calibration").GetProperty("byMetric").GetProperty("output_tps").GetProperty("medianAbsPctError").GetDouble();
        }

        Median("none").ShouldBeGreaterThan(Median(""));
    }

    [Fact]
    public void Validate_Plot_WritesAPngWithOneSeriesPerAccelerator()
    {
        var path = Path.Combine(Path.GetTempPath(), $"validation-{Guid.NewGuid():N}.png");
        try
        {
            var run = CliRun.Of("validate", "--cases", RepositoryFiles.PublishedCases, "--plot", path, "--format", "json");

            run.ExitCode.ShouldBe(0, run.Error);
            new FileInfo(path).Length.ShouldBeGreaterThan(10_000);
            File.ReadAllBytes(path).Take(4).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ValidationPlot_Series_AreTheCasesPerAccelerator()
    {
        static BenchmarkCase Case(string gpu, double value) => new("c", "g", "m", gpu, 1, 1, 1, 1, InferCost.Architecture.Precision.Fp8, null, 1, 1, new CaseConcurrency(ConcurrencyKind.Max, 0), Metric.OutputTokensPerSecond, value, "s");
        var predictions = new[]
        {
            new CasePrediction(Case("h100-sxm", 100), 110, null),
            new CasePrediction(Case("h100-sxm", 1000), 900, null),
            new CasePrediction(Case("a100-sxm-80gb", 10), 12, null),
            new CasePrediction(Case("l40s", 10), null, "unsupported"),
        };

        var plot = ValidationPlot.Build(predictions);
        var scatters = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().ToList();

        scatters.Select(s => s.LegendText).ShouldBe(["a100-sxm-80gb (1)", "h100-sxm (2)"]);
        var h100 = scatters[1].Data.GetScatterPoints();
        h100.Select(p => Math.Round(Math.Pow(10, p.X))).ShouldBe([100.0, 1000.0]);
        h100.Select(p => Math.Round(Math.Pow(10, p.Y))).ShouldBe([110.0, 900.0]);
    }

    [Theory]
    [InlineData("--plot", "chart.gif", "must end in .png or .svg")]
    [InlineData("--plot", "/no/such/folder/chart.png", "does not exist")]
    [InlineData("--calibration", "/no/profile.yaml", "does not exist")]
    public void Validate_BadOptions_AreClearErrors(string flag, string value, string expected)
    {
        var run = CliRun.Of("validate", "--cases", RepositoryFiles.PublishedCases, flag, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
    }

    [Fact]
    public void Validate_MissingCasesFile_IsAClearError()
    {
        var run = CliRun.Of("validate", "--cases", "/no/cases.csv");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--cases: file '/no/cases.csv' does not exist");
    }
}

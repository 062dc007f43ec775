using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;
using InferCost.Estimation;
using Parquet;

namespace InferCost.Cli.Tests;

public class SweepCommandTests
{
    private static List<Dictionary<string, string>> Csv(string text)
    {
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        return [.. reader.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(kv => kv.Key, kv => (string)kv.Value))];
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Sweep_BatchList_EveryFeasiblePointEqualsItsEstimateAndTheRestSayWhy()
    {
        var run = CliRun.Of("sweep", "--batch", "1,8,32,64,128", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv(run.Out);
        rows.Select(r => r["batch"]).ShouldBe(["1", "8", "32", "64", "128"]);
        foreach (var row in rows.Where(r => r["status"] == "ok"))
        {
            var direct = CostEstimator.Estimate(DefaultScenario.With(("batch", row["batch"]))).Value;
            Number(row["usd_per_1m_output"]).ShouldBe(direct.Cost.PerMillionOutputTokens.Value);
            Number(row["usd_per_1m_input"]).ShouldBe(direct.Cost.PerMillionInputTokens.Value);
            Number(row["tpot_s"]).ShouldBe(direct.Latency.TimePerOutputToken.Value);
        }

        // 128 requests' KV does not fit beside 72.7 GB of FP8 weights (BF16 embedding and LM head) on one H200: a row with
        // the reason, not a gap. TensorRT-LLM's pool: 0.8607 (fitted) x (150.75 - 2.15 - 72.66 - 1.48) GB = 64.09 GB, over
        // 0.755 GB of KV per request = 84 requests.
        var last = rows[^1];
        last["status"].ShouldBe("batch-does-not-fit");
        last["reason"].ShouldContain("the largest batch that fits is 84");
        last["usd_per_1m_output"].ShouldBe("");
        last["max_batch"].ShouldBe("84");
    }

    [Fact]
    public void Sweep_GpusAndWeights_CartesianProductInFieldOrder()
    {
        var run = CliRun.Of("sweep", "--gpu", "h100-sxm,h200-sxm", "--weights", "fp16,fp8", "--batch", "1,8", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var points = JsonNode.Parse(run.Out)!.AsArray();
        points.Count.ShouldBe(8);
        points.Select(p => $"{p!["gpu"]}/{p["weights"]}/{p["batch"]}").ShouldBe(
            ["h100-sxm/fp16/1", "h100-sxm/fp16/8", "h100-sxm/fp8/1", "h100-sxm/fp8/8", "h200-sxm/fp16/1", "h200-sxm/fp16/8", "h200-sxm/fp8/1", "h200-sxm/fp8/8"]);
        points[0]!["status"]!.GetValue<string>().ShouldBe("nothing-fits");
        points[0]!["usd_per_1m_output"].ShouldBeNull();
        points[2]!["status"]!.GetValue<string>().ShouldBe("ok");
    }

    [Fact]
    public void Sweep_InputBeyondTheModelsContext_IsAPointNotAnError()
    {
        // Llama 3.1 allows 131,072 tokens; 128K of prompt + 512 of output is just over.
        var run = CliRun.Of("sweep", "--input", "32k..256k*2", "--batch", "1", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv(run.Out);
        rows.Select(r => r["status"]).ShouldBe(["ok", "ok", "exceeds-context", "exceeds-context"]);
        rows[2]["reason"].ShouldContain("131,072");
    }

    [Fact]
    public void Sweep_TpBeyondTheScaleUpDomain_IsPricedOverTheScaleOutNetwork_AndCostsMorePerToken()
    {
        var run = CliRun.Of("sweep", "--gpu", "h100-sxm", "--tp", "8,16", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv(run.Out);
        rows[0]["status"].ShouldBe("ok");
        rows[1]["status"].ShouldBe("ok");

        // Sixteen GPUs' all-reduces cross the 50 GB/s NIC instead of 450 GB/s NVLink: dearer per token, not cheaper.
        double.Parse(rows[1]["usd_per_1m_output"], System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(double.Parse(rows[0]["usd_per_1m_output"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sweep_OverPipelineAndExpertDegrees_GivesOneRowPerLayout()
    {
        var run = CliRun.Of("sweep", "--model", "qwen3-30b-a3b", "--gpu", "h100-sxm", "--pp", "1,2", "--ep", "1,2", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv(run.Out);
        rows.Count.ShouldBe(4);
        rows.ShouldAllBe(r => r["status"] == "ok");
    }

    [Fact]
    public async Task Sweep_ToParquet_RoundTripsTheSameNumbersAsCsv()
    {
        string[] args = ["sweep", "--batch", "1..96*2", "--pue", "1.1,1.3", "--gpu", "h100-sxm,h200-sxm"];
        var csv = CliRun.Of([.. args, "--format", "csv"]);
        csv.ExitCode.ShouldBe(0, csv.Error);
        var rows = Csv(csv.Out);
        using var file = new TempFile(".parquet");
        var run = CliRun.Of([.. args, "--out", file.Path]);
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain($"Wrote {rows.Count} points");

        var cancel = TestContext.Current.CancellationToken;
        await using var reader = await ParquetReader.CreateAsync(file.Path, cancellationToken: cancel);
        reader.RowGroupCount.ShouldBe(1);
        using var group = reader.OpenRowGroupReader(0);
        group.RowCount.ShouldBe(rows.Count);
        var fields = reader.Schema.DataFields;
        fields.Select(f => f.Name).Take(5).ShouldBe(["gpu", "batch", "pue", "status", "batch_used"]);
        var gpu = new string?[rows.Count];
        await group.ReadAsync(fields[0], gpu.AsMemory(), cancellationToken: cancel);
        var pue = new double[rows.Count];
        await group.ReadAsync<double>(fields[2], pue.AsMemory(), cancellationToken: cancel);
        var cost = new double?[rows.Count];
        await group.ReadAsync<double>(fields.Single(f => f.Name == "usd_per_1m_output"), cost.AsMemory(), cancellationToken: cancel);
        for (var i = 0; i < rows.Count; i++)
        {
            gpu[i].ShouldBe(rows[i]["gpu"]);
            pue[i].ShouldBe(Number(rows[i]["pue"]));
            cost[i].ShouldBe(rows[i]["usd_per_1m_output"] == "" ? null : Number(rows[i]["usd_per_1m_output"]));
        }

        cost.Count(c => c is null).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Sweep_OutExists_RefusesWithoutForce()
    {
        using var file = new TempFile(".csv", "keep me");
        var run = CliRun.Of("sweep", "--batch", "1,8", "--out", file.Path);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--force");
        File.ReadAllText(file.Path).ShouldBe("keep me");
        CliRun.Of("sweep", "--batch", "1,8", "--out", file.Path, "--force").ExitCode.ShouldBe(0);
        File.ReadAllText(file.Path).ShouldStartWith("batch,status,reason");
    }

    [Theory]
    [InlineData(new[] { "sweep" }, "nothing to sweep")]
    [InlineData(new[] { "sweep", "--gpu", "h100-sxm,h999" }, "h999")]
    [InlineData(new[] { "sweep", "--pue", "0.5,1.2" }, "--pue: must be from 1 to 3 (facility power / IT power), found 0.5.")]
    [InlineData(new[] { "sweep", "--batch", "1,0" }, "whole number from 1")]
    [InlineData(new[] { "sweep", "--input", "1k..128k*0.5" }, "factor after *")]
    [InlineData(new[] { "sweep", "--batch", "1..20000" }, "too many to print")]
    [InlineData(new[] { "sweep", "--batch", "1,8", "--out", "points.xlsx" }, ".parquet, .csv or .json")]
    [InlineData(new[] { "sweep", "--gpu", "h100-sxm,h200-sxm", "--plot", "x.png" }, "numeric swept field")]
    public void Sweep_BadInput_ClearErrorExitTwo(string[] args, string expected)
    {
        var run = CliRun.Of(args);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.ShouldHaveNoStackTrace();
    }
}

using System.Text.Json;

namespace InferCost.Cli.Tests;

public class EstimateCommandTests
{
    [Fact]
    public void Estimate_Default_PrintsTheHeadlineFigures()
    {
        var run = CliRun.Of("estimate");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("llama-3.1-70b on 1 x h200-sxm");
        run.Out.ShouldContain("$/1M output tokens");
        run.Out.ShouldContain("$/1M input tokens");
        run.Out.ShouldContain("Time to first token");
        run.Out.ShouldContain("GPU energy per output token");
        run.Out.ShouldContain("Cost stack");
        run.Out.ShouldNotContain("NaN", Case.Sensitive);
        run.Out.ShouldNotContain("Infinity", Case.Sensitive);
    }

    [Fact]
    public void Estimate_Json_HasTheDocumentedFieldNames()
    {
        var run = CliRun.Of("estimate", "--format", "json");
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;

        foreach (var path in new[]
        {
            "model.id", "model.totalParameters", "model.activeParameters", "model.weightBytes", "model.kvBytesPerToken",
            "decode.batch", "decode.stepSeconds", "decode.bytesPerStep", "decode.flopsPerStep", "decode.arithmeticIntensity",
            "decode.bound", "decode.outputTokensPerSecond", "decode.outputTokensPerSecondPerGpu", "prefill.seconds",
            "latency.ttftSeconds", "latency.timePerOutputTokenSeconds", "memory.requiredBytes", "memory.capacityBytes",
            "memory.maxBatch", "cost.usdPerGpuHour", "cost.usdPerMillionOutputTokens", "cost.usdPerMillionInputTokens",
            "energy.joulesPerOutputToken",
        })
        {
            var element = path.Split('.').Aggregate(root, (e, name) => e.GetProperty(name));
            element.ValueKind.ShouldNotBe(JsonValueKind.Null, path);
        }

        root.GetProperty("model").GetProperty("id").GetString().ShouldBe("llama-3.1-70b");
        root.GetProperty("decode").GetProperty("bound").GetString().ShouldBe("memory");
        root.GetProperty("model").GetProperty("kvBytesPerToken").GetDouble().ShouldBe(2 * 8 * 128 * 80 * 1);
        var breakdown = root.GetProperty("cost").GetProperty("breakdown").EnumerateArray().ToList();
        breakdown.Sum(b => b.GetProperty("share").GetDouble()).ShouldBe(1, tolerance: 1e-9);
        breakdown.Select(b => b.GetProperty("usdPerMillionOutputTokens").GetDouble()).ShouldAllBe(v => v >= 0);
    }

    [Fact]
    public void Estimate_ExplainJson_DerivesEveryHeadlineFigureItPrints()
    {
        var run = CliRun.Of("estimate", "--format", "json", "--explain");
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        var steps = root.GetProperty("derivation").EnumerateArray()
            .ToDictionary(
                s => s.GetProperty("section").GetString() + "/" + s.GetProperty("name").GetString(),
                s => s.GetProperty("result").GetProperty("value").GetDouble());

        steps["Decode/Decode step time"].ShouldBe(root.GetProperty("decode").GetProperty("stepSeconds").GetDouble());
        steps["Decode/Bytes moved per step per GPU"].ShouldBe(root.GetProperty("decode").GetProperty("bytesPerStep").GetDouble());
        steps["Decode/Arithmetic intensity"].ShouldBe(root.GetProperty("decode").GetProperty("arithmeticIntensity").GetDouble());
        steps["Cost per token/Cost per million output tokens"].ShouldBe(root.GetProperty("cost").GetProperty("usdPerMillionOutputTokens").GetDouble());
        steps["Cost per token/Cost per million input tokens"].ShouldBe(root.GetProperty("cost").GetProperty("usdPerMillionInputTokens").GetDouble());
        steps["Cost per GPU-hour/Cost per productive GPU-hour"].ShouldBe(root.GetProperty("cost").GetProperty("usdPerGpuHour").GetDouble());
        steps["Energy/GPU energy per output token"].ShouldBe(root.GetProperty("energy").GetProperty("joulesPerOutputToken").GetDouble());
        steps["Throughput and latency/Time to first token"].ShouldBe(root.GetProperty("latency").GetProperty("ttftSeconds").GetDouble());
        steps["Memory/Memory required per GPU"].ShouldBe(root.GetProperty("memory").GetProperty("requiredBytes").GetDouble());
        steps["Memory/Largest batch that fits"].ShouldBe(root.GetProperty("memory").GetProperty("maxBatch").GetDouble());
    }

    [Fact]
    public void Estimate_ExplainMarkdown_ListsStepsWithFormulaInputsAndResult()
    {
        var run = CliRun.Of("estimate", "--format", "markdown", "--explain");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("# Derivation");
        run.Out.ShouldContain("## Decode");
        run.Out.ShouldContain("**Decode step time**: `t_step = t_lin + t_attn + t_comm + t_overhead`");
        run.Out.ShouldContain("   - t_lin = ");
        run.Out.ShouldContain("   - **= ");
    }

    [Fact]
    public void Estimate_Flags_ChangeTheScenario()
    {
        var run = CliRun.Of("estimate", "--model", "qwen3-30b-a3b", "--gpu", "b200", "--weights", "fp4", "--batch", "max", "--input", "8k", "--output", "1k", "--format", "json");
        using var doc = JsonDocument.Parse(run.Out);
        var scenario = doc.RootElement.GetProperty("scenario");

        run.ExitCode.ShouldBe(0, run.Error);
        scenario.GetProperty("gpu").GetString().ShouldBe("b200");
        scenario.GetProperty("weights").GetString().ShouldBe("fp4");
        scenario.GetProperty("kv").GetString().ShouldBe("fp8");
        scenario.GetProperty("inputTokens").GetInt32().ShouldBe(8192);
        scenario.GetProperty("outputTokens").GetInt32().ShouldBe(1024);
        doc.RootElement.GetProperty("decode").GetProperty("batch").GetInt32().ShouldBe(doc.RootElement.GetProperty("memory").GetProperty("maxBatch").GetInt32());
    }

    [Fact]
    public void Estimate_RegionSetsPowerPriceAndExplicitPriceWins()
    {
        static double Price(params string[] args)
        {
            using var doc = JsonDocument.Parse(CliRun.Of([.. args, "--format", "json"]).Out);
            return doc.RootElement.GetProperty("scenario").GetProperty("powerPriceUsdPerKwh").GetDouble();
        }

        Price("estimate", "--region", "germany").ShouldBe(0.165);
        Price("estimate", "--region", "germany", "--power-price", "0.03").ShouldBe(0.03);
    }

    [Fact]
    public void Estimate_HigherPowerPrice_RaisesOnlyEnergyLayers()
    {
        static JsonElement Breakdown(string price)
        {
            var doc = JsonDocument.Parse(CliRun.Of("estimate", "--power-price", price, "--format", "json").Out);
            return doc.RootElement.GetProperty("cost").GetProperty("breakdown").Clone();
        }

        var cheap = Breakdown("0.04").EnumerateArray().ToDictionary(e => e.GetProperty("component").GetString()!, e => e.GetProperty("usdPerGpuHour").GetDouble());
        var dear = Breakdown("0.16").EnumerateArray().ToDictionary(e => e.GetProperty("component").GetString()!, e => e.GetProperty("usdPerGpuHour").GetDouble());

        dear["gpu-energy"].ShouldBe(cheap["gpu-energy"] * 4, tolerance: 1e-12);
        dear["gpu-capital"].ShouldBe(cheap["gpu-capital"]);
    }

    [Fact]
    public void Estimate_StorageAndNetworkFlags_MoveTheirLayersOnly()
    {
        static Dictionary<string, double> Layers(params string[] args)
        {
            using var doc = JsonDocument.Parse(CliRun.Of(["estimate", .. args, "--format", "json"]).Out);
            return doc.RootElement.GetProperty("cost").GetProperty("breakdown").EnumerateArray()
                .ToDictionary(e => e.GetProperty("component").GetString()!, e => e.GetProperty("usdPerGpuHour").GetDouble());
        }

        var baseline = Layers();
        var more = Layers("--offload-tb", "16", "--network-capex", "6000", "--nic-power", "40", "--storage-power", "20");

        more["storage"].ShouldBeGreaterThan(baseline["storage"]);
        more["network"].ShouldBeGreaterThan(baseline["network"]);
        more["gpu-capital"].ShouldBe(baseline["gpu-capital"]);

        // 8 TB more of $0.09/GB NVMe = $720 over 3 years at 65%, plus 10 W more at $0.07/kWh over 65% of hours.
        (more["storage"] - baseline["storage"]).ShouldBe((720 / (26_280 * 0.65)) + (0.010 / 0.65 * 0.07), tolerance: 1e-12);
    }

    [Theory]
    [InlineData("csv", "field,value")]
    [InlineData("markdown", "| Figure | Value |")]
    public void Estimate_OtherFormats_Render(string format, string expected)
    {
        var run = CliRun.Of("estimate", "--format", format);

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain(expected);
    }

    [Fact]
    public void Estimate_Csv_HasOneRowPerFigure()
    {
        var lines = CliRun.Of("estimate", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.ShouldContain(l => l.StartsWith("cost.usdPerMillionOutputTokens,", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("cost.breakdown[0].component,gpu-capital", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_ConfigJsonPath_IsAccepted()
    {
        using var config = new TempFile(".json", """
            { "model_type": "llama", "hidden_size": 2048, "num_hidden_layers": 16, "num_attention_heads": 32,
              "num_key_value_heads": 8, "intermediate_size": 8192, "vocab_size": 128256, "tie_word_embeddings": true,
              "max_position_embeddings": 131072 }
            """);

        var run = CliRun.Of("estimate", "--model", config.Path, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("model").GetProperty("totalParameters").GetDouble().ShouldBeInRange(1.2e9, 1.3e9); // a Llama-3.2-1B shape
    }
}

using InferCost.Architecture;
using InferCost.Reporting.Fidelity;
using InferCost.Fidelity;

namespace InferCost.Reporting.Tests;

public class CaseFileReaderTests
{
    private const string Header = "id,source_group,model,gpu,gpus,tp,pp,ep,weights,kv,input_tokens,output_tokens,concurrency,metric,value,source,extra";

    private static (IReadOnlyList<BenchmarkCase> Cases, IReadOnlyList<InferCost.Results.InputError> Errors) Read(params string[] rows) =>
        CaseFileReader.Read(new StringReader(string.Join("\n", [Header, .. rows])), "cases.csv");

    [Fact]
    public void Read_GoodRows_AllForms()
    {
        var (cases, errors) = Read(
            "a,G,llama-3.1-8b,h200-sxm,1,1,1,1,fp8,fp8,128,128,max,output_tps,29526.04,src,ignored",
            "b,G,llama-3.3-70b,h100-sxm,2,2,1,1,fp8,,5000,500,25,itl_ms,38.75,src,",
            "c,G,llama-3.1-8b,h100-sxm,1,1,1,1,bf16,bf16,10,10,qps:2.5,ttft_ms,12,src,",
            "d,G,llama-3.1-8b,h100-sxm,1,1,1,1,bf16,bf16,10,10,qps:inf,energy_j_per_output_token,0.4,src,");

        errors.ShouldBeEmpty();
        cases.Count.ShouldBe(4);
        cases[0].Concurrency.Kind.ShouldBe(ConcurrencyKind.Max);
        cases[0].Value.ShouldBe(29526.04);
        cases[1].Kv.ShouldBeNull();
        cases[1].Concurrency.ShouldBe(new CaseConcurrency(ConcurrencyKind.Requests, 25));
        cases[1].Metric.ShouldBe(Metric.InterTokenLatencyMs);
        cases[2].Concurrency.ShouldBe(new CaseConcurrency(ConcurrencyKind.Rate, 2.5));
        cases[2].Weights.ShouldBe(Precision.Bf16);
        double.IsPositiveInfinity(cases[3].Concurrency.Value).ShouldBeTrue();
    }

    [Fact]
    public void Read_BadRows_NameLineAndColumnAndKeepTheGoodOnes()
    {
        var (cases, errors) = Read(
            "a,G,llama-3.1-8b,h200-sxm,1,1,1,1,fp8,fp8,128,128,max,output_tps,29526.04,src,",
            "b,G,llama-3.1-8b,h200-sxm,one,1,1,1,fp8,fp8,128,128,max,output_tps,100,src,",
            "c,G,llama-3.1-8b,h200-sxm,1,1,1,1,fp6,fp8,128,128,lots,tokens,-5,src,");

        cases.Count.ShouldBe(1);
        errors.ShouldContain(e => e.Field == "line 3, column 'gpus'" && e.Reason.Contains("'one' is not a whole number"));
        errors.ShouldContain(e => e.Field == "line 4, column 'weights'" && e.Reason.Contains("fp6"));
        errors.ShouldContain(e => e.Field == "line 4, column 'concurrency'" && e.Reason.Contains("use max, a whole number"));
        errors.ShouldContain(e => e.Field == "line 4, column 'metric'" && e.Reason.Contains("output_tps"));
        errors.ShouldContain(e => e.Field == "line 4, column 'value'" && e.Reason.Contains("positive"));
    }

    [Fact]
    public void Read_AttentionDp_IsOptionalOneWhenBlankOrAbsentAndAWholeNumberWhenGiven()
    {
        const string header = "id,model,gpu,gpus,tp,pp,ep,weights,kv,input_tokens,output_tokens,concurrency,metric,value,attention_dp";
        var (cases, errors) = CaseFileReader.Read(new StringReader(string.Join("\n",
            header,
            "a,deepseek-r1,h200-sxm,8,8,1,1,fp8,bf16,3200,800,16,output_tps,256.25,8",
            "b,deepseek-r1,h200-sxm,8,8,1,1,fp8,bf16,3200,800,16,output_tps,256.25,",
            "c,deepseek-r1,h200-sxm,8,8,1,1,fp8,bf16,3200,800,16,output_tps,256.25,0")), "cases.csv");

        cases.Select(c => c.AttentionDp).ShouldBe([8, 1]);
        errors.ShouldHaveSingleItem().Field.ShouldBe("line 4, column 'attention_dp'");
        Read("a,G,llama-3.1-8b,h200-sxm,1,1,1,1,fp8,fp8,128,128,max,output_tps,29526.04,src,").Cases.ShouldHaveSingleItem().AttentionDp.ShouldBe(1);
    }

    [Fact]
    public void Read_MaxRunning_IsOptionalNullWhenBlankOrAbsentAndAWholeNumberWhenGiven()
    {
        const string header = "id,model,gpu,gpus,tp,pp,ep,weights,kv,input_tokens,output_tokens,concurrency,metric,value,max_running";
        var (cases, errors) = CaseFileReader.Read(new StringReader(string.Join("\n",
            header,
            "a,llama-3.1-70b,mi300x,8,8,1,1,fp8,fp8,128,2048,max,output_tps,13279.6,3200",
            "b,llama-3.1-70b,mi300x,8,8,1,1,fp8,fp8,128,2048,max,output_tps,13279.6,",
            "c,llama-3.1-70b,mi300x,8,8,1,1,fp8,fp8,128,2048,max,output_tps,13279.6,lots")), "cases.csv");

        cases.Select(c => c.MaxRunning).ShouldBe([3200, (int?)null]);
        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("line 4, column 'max_running'");
        error.Reason.ShouldContain("'lots' is not a whole number");
        Read("a,G,llama-3.1-8b,h200-sxm,1,1,1,1,fp8,fp8,128,128,max,output_tps,29526.04,src,").Cases.ShouldHaveSingleItem().MaxRunning.ShouldBeNull();
    }

    [Fact]
    public void Read_Requests_IsOptionalNullWhenBlankOrAbsentAndAWholeNumberWhenGiven()
    {
        const string header = "id,model,gpu,gpus,tp,pp,ep,weights,kv,input_tokens,output_tokens,concurrency,metric,value,requests";
        var (cases, errors) = CaseFileReader.Read(new StringReader(string.Join("\n",
            header,
            "a,qwen3-8b,h100-sxm,1,1,1,1,bf16,bf16,233,221,4,output_tps,496.88,100",
            "b,qwen3-8b,h100-sxm,1,1,1,1,bf16,bf16,233,221,qps:2,output_tps,496.88,2000",
            "c,qwen3-8b,h100-sxm,1,1,1,1,bf16,bf16,233,221,4,output_tps,496.88,")), "cases.csv");

        errors.ShouldBeEmpty();
        cases.Select(c => c.Requests).ShouldBe([100, 2000, (long?)null]);
        Read("a,G,llama-3.1-8b,h200-sxm,1,1,1,1,fp8,fp8,128,128,max,output_tps,29526.04,src,").Cases.ShouldHaveSingleItem().Requests.ShouldBeNull();
    }

    [Theory]
    [InlineData("4", "lots", "'lots' is not a number of requests; use a whole number from 1 to 100,000")]
    [InlineData("4", "0", "'0' is not a number of requests")]
    [InlineData("4", "2.5", "'2.5' is not a number of requests")]
    [InlineData("4", "100001", "'100001' is not a number of requests")]
    [InlineData("max", "100", "is 100, but the concurrency is max (an offline run, predicted at its steady state); leave requests empty")]
    public void Read_Requests_BadValue_NamesLineColumnAndWhatIsAllowed(string concurrency, string requests, string reason)
    {
        const string header = "id,model,gpu,gpus,tp,pp,ep,weights,kv,input_tokens,output_tokens,concurrency,metric,value,requests";
        var (cases, errors) = CaseFileReader.Read(new StringReader(string.Join("\n",
            header,
            $"a,qwen3-8b,h100-sxm,1,1,1,1,bf16,bf16,233,221,{concurrency},output_tps,496.88,{requests}")), "cases.csv");

        cases.ShouldBeEmpty();
        var error = errors.ShouldHaveSingleItem();
        error.Source.ShouldBe("cases.csv");
        error.Field.ShouldBe("line 2, column 'requests'");
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Read_PublishedCsv_ServingRows_StateTheirRequestsAndAreValidation()
    {
        using var file = new StreamReader(RepositoryFiles.PublishedCases);
        var (cases, _) = CaseFileReader.Read(file, "published.csv");

        // The serving rows of issue 12 state the prompts their benchmark sent; no other row does. None is fitted on.
        var serving = cases.Where(c => c.Requests is not null).ToList();
        serving.Count.ShouldBe(98);
        serving.ShouldAllBe(c => c.Set == MeasurementSet.Validation && c.Concurrency.Kind == ConcurrencyKind.Requests && c.Requests >= c.Concurrency.Value);
        serving.Select(c => c.SourceGroup).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(["DSTACK-L405-MI300X", "GPUSTACK-QWEN3-8B-H100", "SGLCB-K2", "SGLCB-L4MI300X", "SGLCB-V3MI300X"]);

        // dstack's 405B sweep sends every prompt at once: a burst, concurrency = requests.
        serving.Where(c => c.SourceGroup == "DSTACK-L405-MI300X").ShouldAllBe(c => c.Requests == (long)c.Concurrency.Value);
    }

    [Fact]
    public void Read_MissingColumns_AreNamed()
    {
        var (_, errors) = CaseFileReader.Read(new StringReader("id,model,gpu\na,b,c"), "cases.csv");

        errors.ShouldHaveSingleItem().Reason.ShouldContain("lacks column(s) gpus, tp, pp, ep");
    }

    [Fact]
    public void Read_PublishedCsv_ParsesEveryRow()
    {
        using var file = new StreamReader(RepositoryFiles.PublishedCases);

        var (cases, errors) = CaseFileReader.Read(file, "published.csv");

        errors.ShouldBeEmpty();
        cases.Count.ShouldBe(983);

        // A request cap is set exactly where the source sets one (AMD's MI300X table: Max Num Seqs = the prompts).
        cases.Where(c => c.MaxRunning is not null).ShouldAllBe(c => c.Source.Contains($"Max Num Seqs {c.MaxRunning}"));
        cases.Count(c => c.MaxRunning is not null).ShouldBe(8);

        // Attention data-parallel rows are exactly those whose launch command says so (DSTACK's --enable-dp-attention on
        // H200, TensorRT-LLM's DEPn columns).
        var dp = cases.Where(c => c.AttentionDp > 1).ToList();
        dp.Count.ShouldBe(96);
        dp.ShouldAllBe(c => c.Source.Contains("attention data-parallel " + c.AttentionDp));
        cases.Where(c => c.AttentionDp == 1).ShouldAllBe(c => !c.Source.Contains("attention data-parallel "));

        // Disaggregated rows are the decode pools of the SGLang large-scale EP posts, each a validation row that says the decode
        // pool was measured; every other row is aggregated.
        var disaggregated = cases.Where(c => c.IsDisaggregated).ToList();
        disaggregated.Select(c => c.Id).ShouldBe(["SGLEP-H100-001", "SGLGB200-1-001", "SGLGB200-2-001", "SGLGB200-2-002", "SGLK2-H200-001"]);
        disaggregated.ShouldAllBe(c => c.Set == MeasurementSet.Validation && c.Metric == Metric.OutputTokensPerSecond && c.Source.Contains("decode"));
    }

    [Fact]
    public void Read_PublishedCsv_MultiGpuRowsFromIssue11_AreValidationWithSources()
    {
        using var file = new StreamReader(RepositoryFiles.PublishedCases);

        var (cases, _) = CaseFileReader.Read(file, "published.csv");

        var added = cases.Where(c => c.SourceGroup is "TRTBP-R1" or "SGLEP-H100" or "SGLGB200-1" or "SGLGB200-2" or "SGLK2-H200").ToList();
        added.Count.ShouldBe(8);
        added.ShouldAllBe(c => c.Set == MeasurementSet.Validation && c.Source.Length > 100 && c.Stack.Length > 0);
        added.ShouldAllBe(c => c.Ep == c.AttentionDp && c.Ep > 1 && c.Pp == 1);

        // Whole-system figures: the per-GPU or per-node figure the source prints times the GPUs or nodes, by hand.
        cases.Single(c => c.Id == "TRTBP-R1-003").Value.ShouldBe(11489.2671);
        cases.Single(c => c.Id == "SGLEP-H100-001").Value.ShouldBe(22282.0 * 9);
        cases.Single(c => c.Id == "SGLGB200-1-001").Value.ShouldBe(7583.0 * 48);
        cases.Single(c => c.Id == "SGLGB200-2-001").Value.ShouldBe(13386.0 * 48);
        cases.Single(c => c.Id == "SGLGB200-2-002").Value.ShouldBe(9087.0 * 48);
        cases.Single(c => c.Id == "SGLK2-H200-001").Value.ShouldBe(24000.0 * 12);
        cases.Single(c => c.Id == "SGLEP-H100-001").Disaggregation.ShouldBe(new CaseDisaggregation(1, 1));
        cases.Single(c => c.Id == "SGLGB200-2-001").Disaggregation.ShouldBe(new CaseDisaggregation(null, 1));
    }

    [Fact]
    public void Read_Disaggregation_AbsentColumnMeansAggregated()
    {
        var (cases, errors) = Read("a,G,deepseek-v3,h100-sxm,72,72,1,72,fp8,bf16,2000,100,max,output_tps,200538,src,");

        errors.ShouldBeEmpty();
        cases.ShouldHaveSingleItem().Disaggregation.ShouldBeNull();
        cases[0].IsDisaggregated.ShouldBeFalse();
    }

    [Theory]
    [InlineData("", null, null)]
    [InlineData("1P1D", 1, 1)]
    [InlineData("2P4D", 2, 4)]
    [InlineData("P1D", null, 1)]
    [InlineData(" 12P3D ", 12, 3)]
    public void Read_Disaggregation_PresentColumn(string value, int? prefill, int? decode)
    {
        var (cases, errors) = CaseFileReader.Read(
            new StringReader("id,model,gpu,gpus,tp,pp,ep,weights,kv,input_tokens,output_tokens,concurrency,metric,value,disaggregation\n"
                + $"a,deepseek-v3,h100-sxm,72,72,1,72,fp8,bf16,2000,100,max,output_tps,200538,\"{value}\""),
            "cases.csv");

        errors.ShouldBeEmpty();
        var d = cases.ShouldHaveSingleItem().Disaggregation;
        if (decode is null)
        {
            d.ShouldBeNull();
        }
        else
        {
            d.ShouldBe(new CaseDisaggregation(prefill, decode.Value));
            d!.Name.ShouldBe(value.Trim());
        }
    }

    [Theory]
    [InlineData("1P")]
    [InlineData("0P1D")]
    [InlineData("1P0D")]
    [InlineData("xPyD")]
    [InlineData("1p1d")]
    [InlineData("disaggregated")]
    public void Read_Disaggregation_BadValue_NamesLineColumnAndTheForm(string value)
    {
        var (cases, errors) = CaseFileReader.Read(
            new StringReader("id,model,gpu,gpus,tp,pp,ep,weights,kv,input_tokens,output_tokens,concurrency,metric,value,disaggregation\n"
                + $"a,deepseek-v3,h100-sxm,72,72,1,72,fp8,bf16,2000,100,max,output_tps,200538,{value}"),
            "cases.csv");

        cases.ShouldBeEmpty();
        var error = errors.ShouldHaveSingleItem();
        error.Source.ShouldBe("cases.csv");
        error.Field.ShouldBe("line 2, column 'disaggregation'");
        error.Reason.ShouldContain($"'{value}' is not a disaggregation");
        error.Reason.ShouldContain("xPyD");
    }
}

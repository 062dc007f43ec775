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
        cases.Count.ShouldBe(877);

        // A request cap is set exactly where the source sets one (AMD's MI300X table: Max Num Seqs = the prompts).
        cases.Where(c => c.MaxRunning is not null).ShouldAllBe(c => c.Source.Contains($"Max Num Seqs {c.MaxRunning}"));
        cases.Count(c => c.MaxRunning is not null).ShouldBe(8);

        // Attention data-parallel rows are exactly those whose launch command says so (DSTACK's --enable-dp-attention on
        // H200, TensorRT-LLM's DEPn columns).
        var dp = cases.Where(c => c.AttentionDp > 1).ToList();
        dp.Count.ShouldBe(79);
        dp.ShouldAllBe(c => c.Source.Contains("attention data-parallel " + c.AttentionDp));
        cases.Where(c => c.AttentionDp == 1).ShouldAllBe(c => !c.Source.Contains("attention data-parallel "));
    }
}

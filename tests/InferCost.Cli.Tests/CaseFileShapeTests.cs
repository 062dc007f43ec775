using InferCost.Reporting.Fidelity;

namespace InferCost.Cli.Tests;

/// <summary>A case file that is not the CSV we expect gets an error with the line number in our words, never CsvHelper's state dump.</summary>
public sealed class CaseFileShapeTests : IDisposable
{
    private const string Header = "id,source_group,model,gpu,gpus,tp,pp,ep,weights,kv,input_tokens,output_tokens,concurrency,metric,value,source";
    private const string Good = "a,G,llama-3.1-8b,h200-sxm,1,1,1,1,fp8,fp8,128,128,max,output_tps,29526.04,src";

    private readonly string _dir = Directory.CreateTempSubdirectory("infercost-cases-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IReadOnlyList<InferCost.Results.InputError> Errors(string text) =>
        CaseFileReader.Read(new StringReader(text), "cases.csv").Errors;

    [Fact]
    public void Read_ShortRow_NamesTheLineAndTheFirstMissingColumn()
    {
        var errors = Errors($"{Header}\n{Good}\nb,G,llama-3.1-8b,h200-sxm,1,1\n");

        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("line 3");
        error.Reason.ShouldBe("has 6 fields but the header has 16 (the first missing is 'pp'); every row needs one value per column, empty ones included.");
    }

    [Fact]
    public void Read_LongRow_SaysACommaNeedsQuotes()
    {
        var errors = Errors($"{Header}\n{Good},extra\n");

        errors.ShouldHaveSingleItem().Reason.ShouldContain("has 17 fields but the header has 16 (a value holding a comma must be in double quotes)");
    }

    [Fact]
    public void Read_YamlFile_SaysItIsYamlNotCsv()
    {
        var errors = Errors("source: { ref: \"test\", date: \"2026-11\" }\nfamilies:\n  hopper: {}\n");

        var error = errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("line 1");
        error.Reason.ShouldStartWith("looks like YAML ('source: { ref: \"test\", date: \"2026-11\" }'), not CSV");
    }

    [Fact]
    public void Read_DuplicateId_NamesBothLines()
    {
        var (cases, errors) = CaseFileReader.Read(new StringReader($"{Header}\n{Good}\n{Good.Replace("29526.04", "100", StringComparison.Ordinal)}\n"), "cases.csv");

        cases.Count.ShouldBe(1);
        errors.ShouldHaveSingleItem().ToString().ShouldBe("cases.csv: line 3, column 'id': 'a' is already the id of line 2; each case needs its own id.");
    }

    [Fact]
    public void Read_StrayQuote_IsALineError()
    {
        var errors = Errors($"{Header}\n{Good.Replace(",src", ",src \"x\" y", StringComparison.Ordinal)}\n");

        errors.ShouldContain(e => e.Field == "line 2" && e.Reason.Contains("is not valid CSV near 'src \"x\" y'"));
    }

    [Theory]
    [InlineData("cases.yaml", "model: llama-3.1-8b\ngpu: h200-sxm\n", "cases.yaml: line 1: looks like YAML")]
    [InlineData("short.csv", Header + "\nb,G,llama-3.1-8b\n", "short.csv: line 2: has 3 fields but the header has 16")]
    [InlineData("dup.csv", Header + "\n" + Good + "\n" + Good + "\n", "dup.csv: line 3, column 'id': 'a' is already the id of line 2")]
    public void Validate_BadCaseFile_IsAUsageErrorWithTheLine(string name, string content, string expected)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);

        var run = CliRun.Of("validate", "--cases", path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.Error.ShouldNotContain("CsvHelper");
        run.Error.ShouldNotContain("IReader state");
        run.Out.ShouldBeEmpty();
    }
}

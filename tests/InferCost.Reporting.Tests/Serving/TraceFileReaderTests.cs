using InferCost.Reporting.Serving;
using InferCost.Serving.Workloads;

namespace InferCost.Reporting.Tests.Serving;

/// <summary>A trace named by shipped name or by path is read; anything else gets a clear error of the field <c>trace</c>.</summary>
public class TraceFileReaderTests
{
    [Theory]
    [InlineData("azure-conv", 19_366)]
    [InlineData("azure-code", 8_819)]
    public void Read_ShippedName_ReadsTheBuiltInTrace(string name, int requests)
    {
        var trace = TraceFileReader.Read(name).Value;

        trace.Requests.Length.ShouldBe(requests);
        trace.Name.ShouldBe(name);
        trace.Attribution.ShouldBe(ShippedTraces.AzureAttribution);
    }

    [Fact]
    public void Read_ACopyOfTheShippedFile_GivesTheSameRequests()
    {
        var path = Path.Combine(RepositoryFiles.Root, "data", "traces", "azure-llm-2023-code.csv");

        var fromFile = TraceFileReader.Read(path).Value;

        fromFile.Name.ShouldBe("azure-llm-2023-code.csv");
        fromFile.Attribution.ShouldBeNull();
        fromFile.Requests.SequenceEqual(TraceFileReader.Read("azure-code").Value.Requests).ShouldBeTrue();
    }

    [Fact]
    public void Read_UserFile_ReadsItsRows()
    {
        using var file = new TempFile(".csv", "TIMESTAMP,ContextTokens,GeneratedTokens\n2024-05-10 00:00:00.0000000,10,2\n2024-05-10 00:00:10.0000000,20,4\n");

        var trace = TraceFileReader.Read(file.Path).Value;

        trace.Figures.Requests.ShouldBe(2);
        trace.Figures.Duration.Value.ShouldBe(10);
    }

    [Fact]
    public void Read_BadUserFile_NamesTheFileAndLine()
    {
        using var file = new TempFile(".csv", "TIMESTAMP,ContextTokens,GeneratedTokens\n2024-05-10 00:00:00.0,10,2\n2024-05-10 00:00:10.0,-5,4\n");

        var error = TraceFileReader.Read(file.Path).Errors.Single();

        error.Source.ShouldBe(Path.GetFileName(file.Path));
        error.Field.ShouldBe("line 3, column 'ContextTokens'");
    }

    [Fact]
    public void Read_MissingFile_SaysSoAndListsTheShippedNames()
    {
        var error = TraceFileReader.Read("no-such-trace.csv").Errors.Single();

        error.Field.ShouldBe("trace");
        error.Reason.ShouldStartWith("file 'no-such-trace.csv' does not exist");
        error.Reason.ShouldContain("azure-conv, azure-code");
    }

    [Fact]
    public void Read_Directory_SaysItIsADirectory()
    {
        var error = TraceFileReader.Read(Path.GetTempPath()).Errors.Single();

        error.Field.ShouldBe("trace");
        error.Reason.ShouldContain("is a directory, not a file");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Read_NoName_IsAnError(string name) =>
        TraceFileReader.Read(name).Errors.Single().Reason.ShouldStartWith("is empty");

    [Fact]
    public void Read_EmptyFile_SaysItIsEmpty()
    {
        using var file = new TempFile(".csv", "");

        TraceFileReader.Read(file.Path).Errors.Single().Reason.ShouldStartWith("is empty");
    }
}

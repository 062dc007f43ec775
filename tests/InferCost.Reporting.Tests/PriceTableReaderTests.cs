using InferCost.Reporting.Economics;

namespace InferCost.Reporting.Tests;

public class PriceTableReaderTests
{
    private const string Header = "date,provider,model,tier,input_usd_per_m,output_usd_per_m,source,note";

    private static IReadOnlyList<Results.InputError> Errors(string csv) => PriceTableReader.Read(new StringReader(csv), "p.csv").Errors;

    [Theory]
    [InlineData("2024-13-01,OpenAI,m,frontier,1,2,s,", "line 2, column 'date'", "not a date")]
    [InlineData("2024-05,OpenAI,m,frontier,-1,2,s,", "line 2, column 'input_usd_per_m'", "above 0")]
    [InlineData("2024-05,OpenAI,m,frontier,1,0,s,", "line 2, column 'output_usd_per_m'", "above 0")]
    [InlineData("2024-05,OpenAI,m,frontier,1,abc,s,", "line 2, column 'output_usd_per_m'", "'abc' is not a price")]
    [InlineData("2024-05,OpenAI,m,premium,1,2,s,", "line 2, column 'tier'", "frontier, commodity")]
    [InlineData("2024-05,OpenAI,m,frontier,1,2,,", "line 2, column 'source'", "is empty")]
    public void Read_BadRow_NamesLineAndColumn(string row, string field, string reason)
    {
        var error = Errors(Header + "\n" + row + "\n").Single();
        error.Field.ShouldBe(field);
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Read_BadRowAfterGoodOnes_ReportsItsOwnLine() =>
        Errors(Header + "\n2024-05,OpenAI,a,frontier,1,2,s,\n2024-06,OpenAI,b,frontier,1,2,s,\n2024-07,OpenAI,c,frontier,1,x,s,\n")
            .Single().Field.ShouldStartWith("line 4");

    [Fact]
    public void Read_MissingColumn_SaysWhich() =>
        Errors("date,provider,model,input_usd_per_m,output_usd_per_m,source,note\n").Single().Reason.ShouldContain("lacks column(s) tier");

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void Read_EmptyFile_SaysItIsEmpty(string csv) => Errors(csv).Single().Reason.ShouldContain("is empty");

    [Fact]
    public void Read_HeaderOnly_SaysThereAreNoPrices() => Errors(Header + "\n").Single().Reason.ShouldContain("no prices");

    [Fact]
    public void Read_ShortRow_SaysTheFieldCount() => Errors(Header + "\n2024-05,OpenAI,m\n").Single().Reason.ShouldContain("fields but the header has 8");

    [Fact]
    public void ShippedTable_LoadsAndEveryRowHasASourceAndDate()
    {
        var table = PriceTables.LoadShipped().Value;
        table.Prices.Count.ShouldBeGreaterThan(30);
        table.Prices.ShouldAllBe(p => p.Source.Length > 0 && p.Date.Year >= 2020);
        table.Prices.ShouldAllBe(p => p.Output.Value > 0 && p.Input.Value > 0);
        table.Latest("gpt-4o-2024-05-13", new DateOnly(2024, 6, 1))!.Output.Value.ShouldBe(15);
        table.Latest("gpt-4-0314", new DateOnly(2023, 4, 1))!.Input.Value.ShouldBe(30);
        PriceTables.LoadClaims().Value.Count.ShouldBe(2);
    }

    [Fact]
    public void Load_UserRows_ExtendTheShippedTable()
    {
        var shipped = PriceTables.LoadShipped().Value.Prices.Count;
        var table = PriceTables.Load(Header + "\n2026-01,Acme,acme-1,commodity,0.01,0.02,https://example.com,test\n", "mine.csv").Value;
        table.Prices.Count.ShouldBe(shipped + 1);
        table.Latest("acme-1", new DateOnly(2026, 2, 1))!.Output.Value.ShouldBe(0.02);
    }
}

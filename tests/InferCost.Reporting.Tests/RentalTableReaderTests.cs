using InferCost.Economics.Rental;
using InferCost.Reporting.Economics;

namespace InferCost.Reporting.Tests;

public class RentalTableReaderTests
{
    private const string Header = "date,accelerator,provider,tier,usd_per_gpu_hour,commitment,source,note";

    private static IReadOnlyList<Results.InputError> Errors(string csv) => RentalTableReader.Read(new StringReader(csv), "r.csv").Errors;

    [Theory]
    [InlineData("2026-02-30,h100-sxm,Lambda,neocloud,2.99,on-demand,s,", "line 2, column 'date'", "not a date")]
    [InlineData("2026-09,h100-sxm,Lambda,neocloud,0,on-demand,s,", "line 2, column 'usd_per_gpu_hour'", "above 0")]
    [InlineData("2026-09,h100-sxm,Lambda,neocloud,$2.99,on-demand,s,", "line 2, column 'usd_per_gpu_hour'", "'$2.99' is not a price; give USD per GPU-hour")]
    [InlineData("2026-09,h100-sxm,Lambda,cloud,2.99,on-demand,s,", "line 2, column 'tier'", "hyperscaler, neocloud, marketplace")]
    [InlineData("2026-09,h100-sxm,Lambda,neocloud,2.99,monthly,s,", "line 2, column 'commitment'", "on-demand, reserved-1y, reserved-3y, spot")]
    [InlineData("2026-09,,Lambda,neocloud,2.99,on-demand,s,", "line 2, column 'accelerator'", "is empty")]
    public void Read_BadRow_NamesLineAndColumn(string row, string field, string reason)
    {
        var error = Errors(Header + "\n" + row + "\n").Single();
        error.Field.ShouldBe(field);
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Read_EveryBadRow_IsReported_NoneSkipped() =>
        Errors(Header + "\n2026-09,h100-sxm,A,neocloud,x,on-demand,s,\n2026-09,h100-sxm,B,neocloud,2,on-demand,s,\n2026-09,h100-sxm,C,nope,2,on-demand,s,\n")
            .Select(e => e.Field[..6]).ShouldBe(["line 2", "line 4"]);

    [Fact]
    public void Read_MissingColumn_SaysWhich() =>
        Errors("date,accelerator,provider,tier,usd_per_gpu_hour,source,note\n").Single().Reason.ShouldContain("lacks column(s) commitment");

    [Fact]
    public void Read_HeaderOnly_SaysThereAreNoRentalPrices() => Errors(Header + "\n").Single().Reason.ShouldContain("no rental prices");

    [Fact]
    public void Read_GoodRow_ReadsEveryField()
    {
        var (rows, errors) = RentalTableReader.Read(new StringReader(Header + "\n2026-09-20,b200,Lambda,neocloud,6.69,reserved-1y,https://x,\"8 GPUs, per GPU\"\n"), "r.csv");

        errors.ShouldBeEmpty();
        var r = rows.Single();
        r.Date.ShouldBe(new DateOnly(2026, 9, 20));
        r.Accelerator.ShouldBe("b200");
        r.Tier.ShouldBe(RentalTier.Neocloud);
        r.Price.Value.ShouldBe(6.69);
        r.Commitment.ShouldBe(RentalCommitment.Reserved1Year);
        r.Note.ShouldBe("8 GPUs, per GPU");
    }

    [Fact]
    public void Shipped_Loads_AndEveryRowHasASourceADateAndACatalogAccelerator()
    {
        var table = RentalTables.Load(null, "").Value;

        table.Rentals.Count.ShouldBeGreaterThan(30);
        foreach (var r in table.Rentals)
        {
            r.Source.ShouldStartWith("http");
            r.Date.Year.ShouldBeInRange(2022, 2026);
            TestCatalog.Calibrated.Accelerators.ShouldContainKey(r.Accelerator);
        }
    }

    [Fact]
    public void Load_UserFile_ExtendsTheShippedTable()
    {
        var shipped = RentalTables.Load(null, "").Value.Rentals.Count;

        var extended = RentalTables.Load(Header + "\n2026-11-01,h200-sxm,MyCloud,neocloud,1.5,on-demand,mine,\n", "mine.csv");

        extended.Value.Rentals.Count.ShouldBe(shipped + 1);
    }
}

using InferCost.Catalog;
using InferCost.Economics.Tasks;

namespace InferCost.Tests.EconomicsTests;

public class TaskCatalogTests
{
    private static TaskCatalog Catalog => TaskCatalogLoader.LoadBuiltIn().Value;

    [Fact]
    public void BuiltIn_HasTheEssaysShapesEachWithASource()
    {
        Catalog.Shapes.Keys.ShouldBe(["agentic", "chat", "reasoning", "support-ticket"]);
        Catalog.DefaultShape.Id.ShouldBe("support-ticket");
        Catalog.Shapes["support-ticket"].CallsPerTask.ShouldBe(200);
        Catalog.Shapes["reasoning"].TokenMultiplier.ShouldBe(50);
        Catalog.Shapes["agentic"].TokenMultiplier.ShouldBe(100);
        Catalog.Shapes.Values.ShouldAllBe(s => s.Source.Reference.Contains("Essay 00"));
        Catalog.NetChanges.ShouldAllBe(c => c.Source != null);
    }

    [Fact]
    public void Essay004Ticket_BothPricesImplyTwoHundredThousandTokensAThousandPerCall()
    {
        // $0.01 / $0.05 x 1e6 = 200,000 tokens; $4 / $20 x 1e6 = 200,000 tokens; / 200 calls = 1,000 tokens per call.
        var check = TicketCheck.Of(Catalog.Ticket);
        check.Consistent.ShouldBeTrue();
        check.Rows.Count.ShouldBe(2);
        check.Rows.ShouldAllBe(r => Math.Abs(r.TokensPerTask - 200_000) < 1e-6 && Math.Abs(r.TokensPerCall - 1_000) < 1e-9);
    }

    [Fact]
    public void TicketCheck_CostsThatDisagree_AreNotConsistent()
    {
        var claim = Catalog.Ticket with
        {
            Costs = [.. Catalog.Ticket.Costs.Take(1), Catalog.Ticket.Costs[1] with { Cost = new InferCost.Units.Dollars(5) }],
        };
        TicketCheck.Of(claim).Consistent.ShouldBeFalse();
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var error = TaskCatalogLoader.Load(new DirectoryCatalogSource(dir.FullName)).Errors.Single();
            error.Field.ShouldBe(TaskCatalog.File);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

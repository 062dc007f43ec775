using InferCost.Tests.Support;

namespace InferCost.Tests.Architecture;

public class ParameterCountTests
{
    public static TheoryData<string> ModelIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in TestCatalog.Instance.Models.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelIds))]
    public void Count_EveryCatalogModel_TotalWithinTwoPercentOfPublished(string id)
    {
        var model = TestCatalog.Instance.Models[id];
        model.Published.ShouldNotBeNull();
        var total = model.Profile.Parameters.Total;
        (Math.Abs(total - model.Published.Total) / model.Published.Total).ShouldBeLessThan(0.02, $"{id}: counted {total:E4}, published {model.Published.Total:E4}");
    }

    [Theory]
    [MemberData(nameof(ModelIds))]
    public void Count_EveryCatalogModel_ActiveWithinTwoPercentOfPublished(string id)
    {
        var model = TestCatalog.Instance.Models[id];
        model.Published.ShouldNotBeNull();
        var p = model.Profile.Parameters;
        var active = model.Published.ActiveExcludesInputEmbedding ? p.ActiveExcludingInputEmbedding : p.Active;
        (Math.Abs(active - model.Published.Active) / model.Published.Active).ShouldBeLessThan(0.02, $"{id}: counted {active:E4}, published {model.Published.Active:E4}");
    }
}

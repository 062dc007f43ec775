using InferCost.Results;

namespace InferCost.Tests.Units;

public sealed class ResultCompositionTests
{
    [Fact]
    public void Map_OnSuccess_TransformsValue() =>
        Result.Ok(21).Map(x => x * 2).Value.ShouldBe(42);

    [Fact]
    public void Map_OnFailure_CarriesErrorsWithoutCalling()
    {
        var called = false;
        var mapped = Result.Fail<int>("--batch", "batch", "must be >= 1").Map(x => { called = true; return x.ToString(System.Globalization.CultureInfo.InvariantCulture); });
        called.ShouldBeFalse();
        mapped.Succeeded.ShouldBeFalse();
        mapped.Errors.Single().Reason.ShouldBe("must be >= 1");
    }

    [Fact]
    public void Bind_StopsAtFirstFailure()
    {
        var result = Result.Ok(3)
            .Bind(x => x > 5 ? Result.Ok(x) : Result.Fail<int>("a", "x", "too small"))
            .Bind(_ => Result.Fail<int>("b", "y", "never reached"));
        result.Errors.Select(e => e.Source).ShouldBe(["a"]);
    }

    [Fact]
    public void Bind_OnSuccess_ChainsValues() =>
        Result.Ok("4").Bind(t => Result.Ok(int.Parse(t, System.Globalization.CultureInfo.InvariantCulture))).Map(n => n + 1).Value.ShouldBe(5);
}

using System.Text.Json;

namespace InferCost.Cli.Tests;

public class MarginCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var run = CliRun.Of([.. args, "--format", "json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    private static List<JsonElement> Rows(JsonElement report, int table) =>
        [.. report.GetProperty("tables")[table].GetProperty("rows").EnumerateArray()];

    [Fact]
    public void Margin_ListPrice_OwnedLineIsTheEstimatesCostAndTheMarginIsByHand()
    {
        var estimate = Json("estimate");
        var cost = estimate.GetProperty("cost").GetProperty("usdPerMillionOutputTokens").GetDouble();

        var owned = Rows(Json("margin", "--list-price", "3"), 0)[0];

        owned.GetProperty("Basis").GetString().ShouldBe("Owned (bottom-up)");
        owned.GetProperty("Cost $/1M output").GetProperty("value").GetDouble().ShouldBe(cost);
        owned.GetProperty("Gross margin").GetProperty("value").GetDouble().ShouldBe((3 - cost) / 3, tolerance: 1e-12);
        owned.GetProperty("Markup (list / cost)").GetProperty("value").GetDouble().ShouldBe(3 / cost, tolerance: 1e-12);
    }

    [Fact]
    public void Margin_GpuHourPrice_AddsARentedLineAtRentOverUtilisation()
    {
        var lines = Rows(Json("margin", "--list-price", "3", "--gpu-hour-price", "2", "--utilisation", "1"), 0);

        var rented = lines.Single(l => l.GetProperty("Basis").GetString() == "Rented at --gpu-hour-price");
        rented.GetProperty("$/productive GPU-hour").GetProperty("value").GetDouble().ShouldBe(2);
        lines.Count.ShouldBeGreaterThan(2, "each tier with an H200 price adds a line");
    }

    [Fact]
    public void Margin_ApiModel_TakesTheLatestListPriceOnOrBeforeTheDate()
    {
        var report = Json("margin", "--api-model", "gpt-4o-2024-05-13", "--as-of", "2024-06");

        report.GetProperty("sections").GetProperty("List price").GetProperty("List price").GetString().ShouldBe("OpenAI gpt-4o-2024-05-13 from 2024-05-13");
        Rows(report, 0)[0].GetProperty("List $/1M output").GetProperty("value").GetDouble().ShouldBe(15);
        Rows(report, 1)[0].GetProperty("Gross margin (input)").GetProperty("value").GetDouble().ShouldBeGreaterThan(0.9);
    }

    [Fact]
    public void Margin_Rentals_AsOfBeforeAnyRentalPrice_HasOnlyTheOwnedLine() =>
        Rows(Json("margin", "--list-price", "3", "--as-of", "2020-01"), 0).Count.ShouldBe(1);

    [Theory]
    [InlineData(new[] { "margin" }, "--list-price: margin needs a list price")]
    [InlineData(new[] { "margin", "--list-price", "3", "--api-model", "gpt-4o-2024-08-06" }, "--api-model: give either --api-model or --list-price")]
    [InlineData(new[] { "margin", "--api-model", "gpt-4o" }, "did you mean 'gpt-4o-2024-05-13'")]
    [InlineData(new[] { "margin", "--api-model", "gpt-4o-2024-08-06", "--as-of", "2023-01-01" }, "no list price for 'gpt-4o-2024-08-06' on or before 2023-01-01")]
    [InlineData(new[] { "margin", "--list-price", "0" }, "--list-price: must be from 0.0001 to 10,000 USD per 1M tokens")]
    [InlineData(new[] { "margin", "--list-price", "3", "--list-input-price", "-1" }, "--list-input-price: must be from 0.0001")]
    [InlineData(new[] { "margin", "--list-price", "3", "--commitment", "monthly" }, "--commitment: 'monthly' is not a commitment; use one of on-demand, reserved-1y, reserved-3y, spot.")]
    [InlineData(new[] { "margin", "--list-price", "3", "--as-of", "yesterday" }, "--as-of: 'yesterday' is not a date")]
    [InlineData(new[] { "margin", "--list-price", "3", "--rentals", "/nonexistent/r.csv" }, "--rentals: ")]
    [InlineData(new[] { "margin", "--list-price", "3", "--gpu-hour-price", "0" }, "--gpu-hour-price: must be from 0.01 to 1,000 USD/GPU-hour")]
    public void Margin_BadInput_ExitsWithUsageErrorNamingTheFlag(string[] args, string message)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(message);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Margin_BadRentalsFile_ReportsTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rentals-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "date,accelerator,provider,tier,usd_per_gpu_hour,commitment,source,note\n2026-09,h200-sxm,Me,neocloud,cheap,on-demand,mine,\n");
        try
        {
            var run = CliRun.Of("margin", "--list-price", "3", "--rentals", path);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("line 2, column 'usd_per_gpu_hour'");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Margin_CatalogFolder_ReadsItsOwnMarketTables()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}");
        CopyDirectory(Path.Combine(RepositoryFiles.Root, "data"), folder);
        try
        {
            var rentals = Path.Combine(folder, "market", "gpu-rentals.csv");
            File.WriteAllText(rentals, "date,accelerator,provider,tier,usd_per_gpu_hour,commitment,source,note\n2026-01-01,h200-sxm,Mine,neocloud,1.3,on-demand,mine,\n");

            var lines = Rows(Json("margin", "--list-price", "3", "--catalog", folder, "--as-of", "2026-11-29"), 0);

            lines.Count.ShouldBe(2);
            lines[1].GetProperty("Rent $/GPU-hour").GetProperty("value").GetDouble().ShouldBe(1.3);

            File.Delete(rentals);
            var missing = CliRun.Of("margin", "--list-price", "3", "--catalog", folder);
            missing.ExitCode.ShouldBe(2);
            missing.Error.ShouldContain("market/gpu-rentals.csv: is missing");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}

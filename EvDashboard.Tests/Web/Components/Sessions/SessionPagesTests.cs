using AngleSharp.Dom;
using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Components.Sessions;

/// <summary>The three session pages rendered with the app's real services and database, sessions driven over OCPP.</summary>
public sealed class SessionPagesTests
{
    [Fact]
    public async Task ActiveSessions_NoSession_EmptyStateSaysWhatToDo()
    {
        await using var factory = new EvDashboardFactory();

        var document = await AppPageRenderer.RenderAsync<ActiveSessions>(factory, "/sessions/active");

        Assert.Equal("No session is running", document.QuerySelector(".evd-empty h2")!.TextContent);
        Assert.NotNull(document.QuerySelector(".evd-empty a[href='/stations']"));
        Assert.Null(document.QuerySelector("table"));
    }

    [Fact]
    public async Task ActiveSessions_RunningSessions_MaskedTagsUnitsAndWhereEachEstimateComesFrom()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        var now = SessionFleet.Now(factory);
        for (var day = 1; day <= 3; day++)
        {
            await SessionFleet.CompletedAsync(cp, 2, "04A1B2C3D4E5F6", now.AddDays(-day), minutes: 120);
        }

        var byTrend = await SessionFleet.StartAsync(cp, 1, "APP-7F3K2M9Q", now.AddMinutes(-20));
        for (var m = 0; m <= 10; m += 5)
        {
            await SessionFleet.MeterAsync(cp, 1, byTrend, now.AddMinutes(-10 + m), 10_000 + (m * 400), 24_000, soc: 40 + m);
        }

        var byTag = await SessionFleet.StartAsync(cp, 2, "04a1b2c3d4e5f6", now.AddMinutes(-30));

        var document = await AppPageRenderer.RenderAsync<ActiveSessions>(factory, "/sessions/active");

        var trendRow = Row(document, byTrend);
        Assert.Equal("APP-…9Q", trendRow.QuerySelector(".tag")!.TextContent);
        Assert.Equal("13.00 kWh", trendRow.QuerySelector(".energy")!.TextContent);
        Assert.Equal("24.0 kW", trendRow.QuerySelector(".power")!.TextContent);
        Assert.Equal("50 %", trendRow.QuerySelector(".evd-soc-value")!.TextContent);
        Assert.StartsWith("from SoC trend: +60 %/h", trendRow.QuerySelector(".evd-estimate")!.GetAttribute("title"), StringComparison.Ordinal);
        var tagRow = Row(document, byTag);
        Assert.Equal("from this tag's average of 3 sessions", tagRow.QuerySelector(".evd-estimate")!.GetAttribute("title"));
        Assert.DoesNotContain("APP-7F3K2M9Q", document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("2 running", document.QuerySelector(".evd-active-summary span")!.TextContent);
    }

    [Theory]
    [InlineData("/sessions", "No sessions yet")]
    [InlineData("/sessions?station=NOPE", "No session matches these filters")]
    public async Task SessionHistory_NothingToShow_EmptyStateFitsTheCase(string path, string title)
    {
        await using var factory = new EvDashboardFactory();
        if (path.Contains('?', StringComparison.Ordinal))
        {
            await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
            await SessionFleet.CompletedAsync(cp, 1, "TAG-1", SessionFleet.Now(factory).AddHours(-3), minutes: 30);
        }

        var document = await AppPageRenderer.RenderAsync<SessionHistory>(factory, path);

        Assert.Equal(title, document.QuerySelector(".evd-empty h2")!.TextContent);
    }

    [Fact]
    public async Task SessionHistory_Filtered_RowsAndTotalsOfTheFilteredSet()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        await using var other = await OcppTestClient.ConnectAsync(factory, "CP-2");
        var now = SessionFleet.Now(factory);
        var first = await SessionFleet.CompletedAsync(cp, 1, "04A1B2C3D4E5F6", now.AddHours(-5), minutes: 60);
        var second = await SessionFleet.CompletedAsync(cp, 2, "04A1B2C3D4E5F6", now.AddHours(-3), minutes: 120);
        await SessionFleet.CompletedAsync(other, 1, "04A1B2C3D4E5F6", now.AddHours(-2), minutes: 30);

        var document = await AppPageRenderer.RenderAsync<SessionHistory>(factory, "/sessions?station=CP-1");

        var links = document.QuerySelectorAll(".evd-history-grid a[href^='/sessions/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/sessions/{second}", $"/sessions/{first}"], links);
        Assert.DoesNotContain("04A1B2C3D4E5F6", document.Body!.InnerHtml, StringComparison.Ordinal);
        var footer = document.QuerySelector(".evd-history-grid tfoot")!.TextContent;
        Assert.Contains("2 sessions", footer, StringComparison.Ordinal);
        Assert.Contains("33.00 kWh", footer, StringComparison.Ordinal);
        Assert.Contains("3 h 00 min", footer, StringComparison.Ordinal);
        Assert.Equal("/sessions/export.csv?station=CP-1", document.QuerySelector("a.evd-export")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SessionDetail_UnknownId_NotFoundWithWayToHistory()
    {
        await using var factory = new EvDashboardFactory();

        var document = await AppPageRenderer.RenderAsync<SessionDetailPage>(factory, "/sessions/999", new Dictionary<string, object?> { ["TransactionId"] = 999 });

        Assert.Equal("No session #999", document.QuerySelector(".evd-empty h2")!.TextContent);
        Assert.NotNull(document.QuerySelector(".evd-empty a[href='/sessions']"));
    }

    [Fact]
    public async Task SessionDetail_CompletedSession_FactsTimelineSamplesAndCharts()
    {
        await using var factory = new EvDashboardFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        var tx = await SessionFleet.CompletedAsync(cp, 1, "04C7D2E91A5B80", SessionFleet.Now(factory).AddHours(-2), minutes: 60);

        var document = await AppPageRenderer.RenderAsync<SessionDetailPage>(factory, $"/sessions/{tx}", new Dictionary<string, object?> { ["TransactionId"] = tx });

        Assert.Equal($"Session #{tx}", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("11.00 kWh", document.QuerySelector(".evd-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("04C7…80", document.QuerySelector(".evd-facts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("04C7D2E91A5B80", document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(["Charging", "Finishing"], document.QuerySelectorAll(".evd-timeline .evd-state").Select(s => s.TextContent));
        // 6 MeterValues with energy and power: 12 samples, the newest first, values with their units.
        var values = document.QuerySelectorAll(".evd-sample-value").Select(v => v.TextContent).ToList();
        Assert.Equal(12, values.Count);
        Assert.Equal(["11000 W", "12000 Wh"], values.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(2, document.QuerySelectorAll(".evd-curve").Length);
    }

    private static IElement Row(IDocument document, int transactionId) =>
        document.QuerySelector($"tr[data-transaction='{transactionId}']") ?? throw new Xunit.Sdk.XunitException($"No row for {transactionId}");
}

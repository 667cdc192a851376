using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Live;
using EvDashboard.E2E.Ocpp;
using EvDashboard.E2E.Screenshots;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EvDashboard.E2E.Reports;

/// <summary>
/// The report pages on a seeded history in a real browser, at a laptop's width and a phone's: the chart, the table with
/// its total, the heatmap; a changed grouping in the filter bar lands in the address; the XLSX download is a workbook.
/// Screenshots go to the screenshot folder like every other page.
/// </summary>
[Collection(E2EGroup.Name)]
public sealed class ReportPagesBrowserTests(E2EFixture fixture, ReportsApp app, ITestOutputHelper output) : IClassFixture<ReportsApp>
{
    public static TheoryData<string, string, int, int> Pages() => new()
    {
        { "reports-revenue", "reports/revenue?compare=previous", 1280, 800 },
        { "reports-energy", "reports/energy", 1280, 800 },
        { "reports-utilisation", "reports/utilisation?groupBy=connector", 1280, 800 },
        { "reports-revenue", "reports/revenue", 420, 900 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ReportPage_SeededHistory_ShowsChartTableAndTotal(string name, string path, int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height, app.BaseAddress);
        await using var browserContext = page.Context;
        var health = PageHealth.Watch(page);
        var quiet = BlazorQuiet.Watch(page);

        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        try
        {
            await PageText.WaitForAsync(page, "tr.evd-report-total", "Total", visible: true, timeoutMs: 30_000);
            await quiet.WaitAsync();
        }
        finally
        {
            await page.EvaluateAsync("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))");
            output.WriteLine(await ScreenshotWriter.WriteAsync(page, name));
        }

        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        await health.AssertHealthyAsync(page);
        Assert.True(await page.Locator(".evd-report-chart svg").CountAsync() > 0, "the report has no chart");
        Assert.True(await page.Locator("table.evd-report-table tbody tr").CountAsync() > 1, "the report table has no rows");
    }

    [Fact]
    public async Task EnergyPage_Heatmap_ShowsTheWeekWithData()
    {
        var page = await fixture.NewPageAsync(1280, 800, app.BaseAddress);
        await using var browserContext = page.Context;

        await page.GotoAsync("reports/energy", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var heatmap = page.Locator("section.evd-heatmap");
        await heatmap.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await PageText.WaitForAsync(page, "section.evd-heatmap", "Sun", visible: true, timeoutMs: 30_000);
        Assert.DoesNotContain("every hour is empty", await heatmap.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevenuePage_ASessionCompletesOverOcpp_TheOpenPageShowsItsStationAfterTheNextRollupPass()
    {
        var page = await fixture.NewPageAsync(1280, 800, app.BaseAddress);
        await using var browserContext = page.Context;
        await page.GotoAsync("reports/revenue?groupBy=chargePoint", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await PageText.WaitForAsync(page, "tr.evd-report-total", "Total", visible: true, timeoutMs: 30_000);
        Assert.DoesNotContain("LIVE-RPT", await page.Locator("table.evd-report-table").InnerTextAsync(), StringComparison.Ordinal);

        await using var charger = await TestChargePoint.ConnectAsync(app.BaseAddress, "LIVE-RPT");
        await charger.BootAsync();
        var now = DateTimeOffset.UtcNow;
        var transactionId = await charger.StartAsync(1, "LIVETAG", 1_000, now.AddMinutes(-20));
        await charger.StopAsync(transactionId, 8_500, at: now.AddMinutes(-1));

        // No reload: the rollup worker (every 5 s here) publishes RollupsUpdated and the page reads the report again.
        // The station's row may first show up empty (a pass that ran between the boot and the stop); the next pass fills it.
        await Assertions.Expect(page.Locator("table.evd-report-table tr", new() { HasText = "LIVE-RPT" }))
            .ToContainTextAsync("7.500", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task RevenuePage_XlsxExport_DownloadsAWorkbook()
    {
        var page = await fixture.NewPageAsync(1280, 800, app.BaseAddress);
        await using var browserContext = page.Context;
        await page.GotoAsync("reports/revenue?groupBy=chargePoint", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await PageText.WaitForAsync(page, "tr.evd-report-total", "Total", visible: true, timeoutMs: 30_000);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".evd-report-export a[href*='format=xlsx']").First.ClickAsync());
        var path = await download.PathAsync();

        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.True(bytes.Length > 2_000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', $"the download is not a workbook ({bytes.Length} bytes)");
    }
}

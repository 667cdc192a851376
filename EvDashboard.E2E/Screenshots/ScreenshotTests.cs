using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Live;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EvDashboard.E2E.Screenshots;

/// <summary>
/// Every page at the wall's and a laptop's size, written to E2E_SCREENSHOTS_DIR (default TestResults/screenshots)
/// for people to look at; each page must also render without an error box, script error or "not found".
/// </summary>
[Collection(E2EGroup.Name)]
public sealed class ScreenshotTests(E2EFixture fixture, ScreenshotApp app, ITestOutputHelper output) : IClassFixture<ScreenshotApp>
{
    public static TheoryData<string, int, int> Pages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var (width, height) in new[] { (1920, 1080), (1280, 800) })
        {
            foreach (var page in new[]
            {
                "overview", "stations", "station-detail", "sessions-active", "sessions-history", "session-detail", "wall",
                "chargepoints", "idtags", "admin-users", "admin-audit",
                "tariffs", "tariff-editor", "cost-preview", "invoices", "invoice-detail",
            })
            {
                data.Add(page, width, height);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_WithTheFleet_RendersAndIsWrittenAsPng(string name, int width, int height)
    {
        var (path, scope, shows, gone) = Route(name);
        var page = await fixture.NewPageAsync(width, height, app.BaseAddress);
        await using var browserContext = page.Context;
        var health = PageHealth.Watch(page);
        var quiet = BlazorQuiet.Watch(page);

        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        string file;
        try
        {
            await PageText.WaitForAsync(page, scope, shows, visible: true);
            if (gone is not null)
            {
                await page.WaitForFunctionAsync("t => !document.body.innerText.includes(t)", gone, new() { Timeout = 45_000 });
            }

            await quiet.WaitAsync();
        }
        catch (TimeoutException ex) when (health.Errors.Length > 0)
        {
            throw new TimeoutException($"{ex.Message}\nThe browser reported:\n{health.Errors}", ex);
        }
        finally
        {
            // Written even when the page never showed its data: the picture of a broken page is the quickest diagnosis.
            await page.EvaluateAsync("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))");
            file = await ScreenshotWriter.WriteAsync(page, name);
            output.WriteLine(file);
        }

        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        await health.AssertHealthyAsync(page);
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is nearly empty");
    }

    private static string Receipt(int sequence) =>
        FormattableString.Invariant($"RC-{TimeProvider.System.GetUtcNow().Year:D4}-{sequence:D6}");

    /// <summary>
    /// The page's address; a text it must show (inside an element, when given) once its data is there; and a text that
    /// must be gone (the overview's power chart is refreshed from the ledger every 30 s: the fleet's history must reach it).
    /// </summary>
    private (string Path, string? Scope, string Shows, string? Gone) Route(string name) => name switch
    {
        "overview" => ("/", null, $"{ScreenshotFleet.AcStation} · 3", "No energy delivered"),
        "stations" => ("stations", $"article[data-station='{ScreenshotFleet.OfflineStation}']", "Offline", null),
        "station-detail" => ($"stations/{ScreenshotFleet.DcStation}", ".evd-history", "Connector 1", null),
        "sessions-active" => ("sessions/active", null, "AB12…56", null),
        "sessions-history" => ("sessions", null, "18.20 kWh", null),
        "session-detail" => ($"sessions/{app.Fleet.DcTransactionId}", null, "Energy.Active.Import.Register", null),
        "wall" => ("wall", $"article.wall-tile[data-connector='{ScreenshotFleet.AcStation}/3']", "Faulted", null),
        "chargepoints" => ("chargepoints", "table[aria-label='Charge points']", ScreenshotFleet.OfflineStation, null),
        "idtags" => ("idtags", null, "AB12", null),
        "admin-users" => ("admin/users", ".evd-admin-grid", E2ESettings.AdminEmail, null),
        "admin-audit" => ("admin/audit", null, "login.succeeded", null),
        "tariffs" => ("tariffs", null, "Standard", null),
        "tariff-editor" => ($"tariffs/{app.Fleet.TariffId}", null, "Live preview", null),
        "cost-preview" => ($"tariffs/preview?chargePointId={ScreenshotFleet.DcStation}&connectorId=1", null, "Standard", null),
        // The receipt of the fleet's first completed session, issued automatically when it stopped.
        "invoices" => ("invoices", null, Receipt(1), null),
        "invoice-detail" => ($"invoices/{Receipt(1)}", null, "Energy", null),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such page."),
    };
}

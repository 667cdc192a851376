using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Ocpp;
using static Microsoft.Playwright.Assertions;

namespace EvDashboard.E2E.Live;

/// <summary>/wall, the kiosk page that must never need a touch, follows a charger's messages without a reload.</summary>
[Collection(E2EGroup.Name)]
public sealed class WallLiveTests(E2EFixture fixture)
{
    [Fact]
    public async Task StatusAndMeterValues_OnWall_UpdateTheTileWithoutReload()
    {
        const string Id = "E2E-WALL-LIVE";
        await using var cp = await fixture.ConnectChargePointAsync(Id);
        await cp.BootAsync();
        await cp.StatusAsync(1, "Available");
        await cp.StatusAsync(2, "Available");
        var page = await fixture.NewPageAsync();
        await using var browserContext = page.Context;
        var health = PageHealth.Watch(page);
        await page.GotoAsync("wall");
        using var watch = await NavigationWatch.ArmAsync(page);
        var tile1 = $"article.wall-tile[data-connector='{Id}/1']";
        var tile2 = $"article.wall-tile[data-connector='{Id}/2']";

        await PageText.MeasureAsync(page, tile1, "Preparing", () => cp.StatusAsync(1, "Preparing"));
        var tx = await cp.StartAsync(1, "E2EWALLTAG0001", 7_000);
        await cp.StatusAsync(1, "Charging");
        await PageText.MeasureAsync(page, tile1, "4.56 kWh", () => cp.MeterAsync(1, tx, 11_560, 22_000, 48));
        await PageText.MeasureAsync(page, tile2, "Faulted", () => cp.StatusAsync(2, "Faulted", "OverCurrentFailure"));

        await Expect(page.Locator(tile1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bevd-state-charging\b"));
        await Expect(page.Locator($"{tile1} .wall-tile-power")).ToHaveTextAsync("22.0 kW");
        await Expect(page.Locator(tile2)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bevd-state-faulted\b"));
        await watch.AssertNoReloadAsync();
        await health.AssertHealthyAsync(page);
    }
}

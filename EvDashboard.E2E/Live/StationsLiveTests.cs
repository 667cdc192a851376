using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Ocpp;
using static Microsoft.Playwright.Assertions;

namespace EvDashboard.E2E.Live;

/// <summary>/stations follows StatusNotification and MeterValues from a real charger connection without a reload.</summary>
[Collection(E2EGroup.Name)]
public sealed class StationsLiveTests(E2EFixture fixture)
{
    [Fact]
    public async Task StatusAndMeterValues_OnStationsPage_UpdateTheRowWithoutReload()
    {
        const string Id = "E2E-ST-LIVE";
        await using var cp = await fixture.ConnectChargePointAsync(Id);
        await cp.BootAsync();
        await cp.StatusAsync(1, "Available");
        await cp.StatusAsync(2, "Available");
        var page = await fixture.NewPageAsync();
        await using var browserContext = page.Context;
        var health = PageHealth.Watch(page);
        await page.GotoAsync("stations");
        using var watch = await NavigationWatch.ArmAsync(page);
        var connector1 = $"article[data-station='{Id}'] [data-connector='1']";
        var connector2 = $"article[data-station='{Id}'] [data-connector='2']";

        await PageText.MeasureAsync(page, connector1, "Preparing", () => cp.StatusAsync(1, "Preparing"));
        var tx = await cp.StartAsync(1, "E2ESTATIONTAG1", 40_000);
        await cp.StatusAsync(1, "Charging");
        await PageText.MeasureAsync(page, connector1, "1.23 kWh", () => cp.MeterAsync(1, tx, 41_234, 7_400, 35));
        await PageText.MeasureAsync(page, connector2, "Faulted", () => cp.StatusAsync(2, "Faulted", "GroundFailure"));

        await Expect(page.Locator($"{connector1} .evd-state-charging")).ToHaveTextAsync("Charging");
        await Expect(page.Locator($"{connector1} [data-figure='power']")).ToHaveTextAsync("7.4 kW");
        await Expect(page.Locator($"{connector1} [data-figure='soc']")).ToHaveTextAsync("35 %");
        await Expect(page.Locator($"{connector2} .evd-state-faulted")).ToHaveTextAsync("Faulted");
        await watch.AssertNoReloadAsync();
        await health.AssertHealthyAsync(page);
    }
}

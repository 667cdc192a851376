using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Ocpp;
using static Microsoft.Playwright.Assertions;

namespace EvDashboard.E2E.Live;

/// <summary>/sessions/{transactionId} of a running session follows its MeterValues and its connector's status without a reload.</summary>
[Collection(E2EGroup.Name)]
public sealed class SessionDetailLiveTests(E2EFixture fixture)
{
    [Fact]
    public async Task MeterValuesAndStatus_OnSessionDetail_UpdateFactsSamplesAndTimelineWithoutReload()
    {
        await using var cp = await fixture.ConnectChargePointAsync("E2E-SESSION-LIVE");
        await cp.BootAsync();
        await cp.StatusAsync(1, "Preparing");
        var tx = await cp.StartAsync(1, "E2ESESSIONTAG1", 70_000);
        await cp.StatusAsync(1, "Charging");
        await cp.MeterAsync(1, tx, 71_000, 11_000, 52);
        var page = await fixture.NewPageAsync();
        await using var browserContext = page.Context;
        var health = PageHealth.Watch(page);
        await page.GotoAsync($"sessions/{tx}");
        using var watch = await NavigationWatch.ArmAsync(page);

        await PageText.MeasureAsync(page, ".evd-fact-energy", "2.00 kWh", () => cp.MeterAsync(1, tx, 72_000, 10_500, 55));
        await PageText.MeasureAsync(page, ".evd-fact-energy", "3.21 kWh", () => cp.MeterAsync(1, tx, 73_210, 9_900, 61));
        await PageText.WaitForAsync(page, ".evd-sample-grid", "73210 Wh");
        await PageText.MeasureAsync(
            page, "section[aria-label='Connector status during the session']", "Suspended (EV)", () => cp.StatusAsync(1, "SuspendedEV"));

        await Expect(page.Locator(".evd-fact-power")).ToHaveTextAsync("9.9 kW");
        await Expect(page.Locator(".evd-fact-soc")).ToHaveTextAsync("61 %");
        await Expect(page.Locator(".evd-sample-grid")).ToContainTextAsync("61 %");
        await watch.AssertNoReloadAsync();
        await health.AssertHealthyAsync(page);
    }
}

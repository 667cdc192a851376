using System.Text.RegularExpressions;
using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Live;
using EvDashboard.E2E.Ocpp;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvDashboard.E2E.Commands;

/// <summary>An operator's click reaches the charger as an OCPP CALL, and the charger's answer comes back to the page.</summary>
[Collection(E2EGroup.Name)]
public sealed partial class RemoteStopTests(E2EFixture fixture)
{
    [Fact]
    public async Task StopButton_OnActiveSessions_SendsRemoteStopAndShowsTheAcceptedAnswer()
    {
        await using var cp = await fixture.ConnectChargePointAsync("E2E-STOP-1");
        await cp.BootAsync();
        await cp.StatusAsync(1, "Charging");
        var tx = await cp.StartAsync(1, "E2ESTOPTAG0001", 10_000);
        var page = await fixture.NewPageAsync();
        await using var browserContext = page.Context;
        await page.GotoAsync("sessions/active");
        using var watch = await NavigationWatch.ArmAsync(page);
        var row = $"tr[data-transaction='{tx}']";
        // A live update first: the click below needs the interactive circuit, and this proves it is up.
        await PageText.MeasureAsync(page, row, "0.75 kWh", () => cp.MeterAsync(1, tx, 10_750, 7_400, 41));

        await page.Locator(row).GetByRole(AriaRole.Button, new() { Name = "Stop" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop charging", Exact = true }).ClickAsync();
        var call = await cp.WaitForServerCallAsync("RemoteStopTransaction", TimeSpan.FromSeconds(15));

        Assert.Equal(tx, call.Payload.GetProperty("transactionId").GetInt32());
        await Expect(page.Locator(".rz-notification")).ToContainTextAsync(AcceptedWord());
        await cp.StopAsync(tx, 10_900, "Remote");
        await Expect(page.Locator(row)).ToHaveCountAsync(0);
        await watch.AssertNoReloadAsync();
    }

    [GeneratedRegex("accepted", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptedWord();
}

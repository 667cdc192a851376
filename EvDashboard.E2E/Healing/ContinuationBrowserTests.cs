using System.Net.Http.Json;
using System.Text.Json;
using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Ocpp;
using EvDashboard.E2E.Screenshots;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvDashboard.E2E.Healing;

/// <summary>
/// Session continuation against the running app over real WebSockets: the charger loses power mid-session, comes back
/// with the car still plugged in, receives RemoteStartTransaction for the same idTag, and the two transactions are billed
/// as one session: one receipt with the combined energy and one start fee. The session page shows the chain.
/// </summary>
[Collection(E2EGroup.Name)]
public sealed class ContinuationBrowserTests(E2EFixture fixture)
{
    [Fact]
    public async Task PowerLoss_ChargerBackWithCarPlugged_ContinuesAsOneBillingSessionWithOneReceipt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var chargePointId = $"E2E-CONT-{suffix}";
        var idTag = $"E2ECONT{suffix}";
        using var api = fixture.CreateApiClient();
        using (var tag = await api.PostAsJsonAsync("api/id-tags", new { idTag, ownerName = "Continuation driver" }))
        {
            tag.EnsureSuccessStatusCode();
        }

        int first;
        await using (var cp = await fixture.ConnectChargePointAsync(chargePointId))
        {
            await cp.BootAsync();
            await AssignTariffAsync(api, chargePointId);
            await cp.StatusAsync(1, "Preparing");
            first = await cp.StartAsync(1, idTag, 100_000);
            await cp.StatusAsync(1, "Charging");
            await cp.MeterAsync(1, first, 102_000, 7_000);
        }

        // Power comes back: a new connection, a boot, the buffered stop, and the car is still there.
        await using var back = await fixture.ConnectChargePointAsync(chargePointId);
        await back.BootAsync();
        await back.StopAsync(first, 102_000, "PowerLoss");
        await back.StatusAsync(1, "Preparing");

        var call = await back.WaitForServerCallAsync("RemoteStartTransaction", TimeSpan.FromSeconds(30));
        Assert.Equal(idTag, call.Payload.GetProperty("idTag").GetString());
        Assert.Equal(1, call.Payload.GetProperty("connectorId").GetInt32());
        var second = await back.StartAsync(1, idTag, 102_000);
        await back.StatusAsync(1, "Charging");
        await back.MeterAsync(1, second, 105_000, 7_000);
        await back.StopAsync(second, 105_000, "EVDisconnected");
        await back.StatusAsync(1, "Available");

        var receipt = await WaitForOnlyReceiptAsync(api, idTag);
        var lines = receipt.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([first, second], lines.Select(l => l.GetProperty("transactionId").GetInt32()).Distinct().Order());
        Assert.Single(lines, l => l.GetProperty("description").GetString()!.StartsWith("Start fee", StringComparison.Ordinal));
        // 2 kWh + 3 kWh at 0.40 and one start fee of 1.00: 3.00 net.
        Assert.Equal(5m, lines.Where(l => l.GetProperty("unit").GetString() == "kWh").Sum(l => l.GetProperty("quantity").GetDecimal()));
        Assert.Equal(300, receipt.GetProperty("summary").GetProperty("netMinor").GetInt64());

        var page = await fixture.NewPageAsync(1280, 1000);
        await using var browserContext = page.Context;
        var quiet = BlazorQuiet.Watch(page);
        await page.GotoAsync($"sessions/{second}", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var chain = page.Locator(".evd-chain");
        await Expect(chain).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await quiet.WaitAsync();
        await chain.ScrollIntoViewIfNeededAsync();
        await Expect(chain.Locator(".evd-chain-table tbody tr")).ToHaveCountAsync(2);
        await Expect(chain.Locator(".evd-chain-outcome").First).ToHaveTextAsync("Started");
        await ScreenshotWriter.WriteAsync(page, "session-continued");
    }

    private static async Task AssignTariffAsync(HttpClient api, string chargePointId)
    {
        var definition = new { currency = "EUR", vatRatePercent = 19m, startFees = new[] { new { price = 1.00m } }, energy = new[] { new { price = 0.40m } } };
        using var created = await api.PostAsJsonAsync("api/tariffs", new { name = $"Continuation {chargePointId}", definition });
        created.EnsureSuccessStatusCode();
        var tariffId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var assigned = await api.PostAsJsonAsync($"api/tariffs/{tariffId}/assignments", new { scope = "ChargePoint", chargePointId });
        assigned.EnsureSuccessStatusCode();
    }

    private static async Task<JsonElement> WaitForOnlyReceiptAsync(HttpClient api, string idTag)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var list = await api.GetFromJsonAsync<JsonElement>($"api/invoices?kind=receipt&buyer={idTag}");
            if (list.GetProperty("total").GetInt32() > 0)
            {
                var row = Assert.Single(list.GetProperty("rows").EnumerateArray());
                return await api.GetFromJsonAsync<JsonElement>($"api/invoices/{row.GetProperty("number").GetString()}");
            }

            Assert.True(DateTime.UtcNow < deadline, $"No receipt for {idTag} within 30 s.");
            await Task.Delay(250);
        }
    }
}

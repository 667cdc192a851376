using System.Net.Http.Json;
using System.Text.Json;
using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Live;
using EvDashboard.E2E.Ocpp;
using EvDashboard.E2E.Screenshots;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvDashboard.E2E.Alerts;

/// <summary>
/// A charger's fault reaches an open alerts page, the banner and the API without a reload, an operator acknowledges it
/// with a note through the dialog, and it resolves once the connector recovers. Its own app: a one-second evaluation
/// and clear delay, so the whole life of an alert fits in a test.
/// </summary>
[Collection(E2EGroup.Name)]
public sealed class AlertsBrowserTests(E2EFixture fixture) : IAsyncLifetime
{
    private const string ChargePointId = "E2E-ALERT-1";
    private AppProcess? _app;

    private AppProcess App => _app ?? throw new InvalidOperationException("The alerts app has not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _app = await AppProcess.StartAsync(
            "app-alerts",
            timeout.Token,
            settings: new Dictionary<string, string> { ["Alerts__EvaluateSeconds"] = "1", ["Alerts__ClearSeconds"] = "1" });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task FaultedConnector_ShowsLiveWithBanner_IsAcknowledgedWithNote_AndResolvesWhenCleared()
    {
        using var api = fixture.CreateApiClient(App.BaseAddress);
        using (var rule = await api.PutAsJsonAsync("api/alert-rules/connector-faulted", new { debounceSeconds = 0 }))
        {
            rule.EnsureSuccessStatusCode();
        }

        var page = await fixture.NewPageAsync(1280, 800, App.BaseAddress);
        await using var browserContext = page.Context;
        var quiet = BlazorQuiet.Watch(page);
        await page.GotoAsync("alerts");
        // The fault must reach a live circuit: the page subscribes to the feed once it is interactive.
        await quiet.WaitAsync();
        await using var cp = await TestChargePoint.ConnectAsync(App.BaseAddress, ChargePointId);
        await cp.BootAsync();
        await cp.StatusAsync(1, "Available");
        using var watch = await NavigationWatch.ArmAsync(page);

        await cp.StatusAsync(1, "Faulted", "GroundFailure", "RCD tripped");

        var card = page.Locator(".evd-alert").Filter(new() { HasText = ChargePointId });
        await Expect(card).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(card.Locator(".evd-alert-message")).ToContainTextAsync("ground", new() { IgnoreCase = true });
        await Expect(page.Locator(".evd-critical-banner")).ToContainTextAsync("1 critical alert open");
        await ScreenshotWriter.WriteAsync(page, "alerts-open");

        await card.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await page.Locator("#evd-ack-note").FillAsync("Electrician on the way");
        await page.Locator(".evd-ack-buttons").GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        var acknowledged = await WaitForAlertAsync(api, "acknowledged");
        Assert.Equal("connector-faulted", acknowledged.GetProperty("rule").GetString());
        Assert.Equal("critical", acknowledged.GetProperty("severity").GetString());
        Assert.Equal(1, acknowledged.GetProperty("connectorId").GetInt32());

        await cp.StatusAsync(1, "Available");

        var resolved = await WaitForAlertAsync(api, "resolved");
        Assert.Equal(acknowledged.GetProperty("id").GetInt64(), resolved.GetProperty("id").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("resolvedAt").ValueKind);
        await Expect(page.Locator(".evd-critical-banner")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await watch.AssertNoReloadAsync();
    }

    private static async Task<JsonElement> WaitForAlertAsync(HttpClient api, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var alerts = await api.GetFromJsonAsync<JsonElement>($"api/alerts?status={status}&chargePointId={ChargePointId}");
            if (alerts.GetArrayLength() > 0)
            {
                return Assert.Single(alerts.EnumerateArray());
            }

            Assert.True(DateTime.UtcNow < deadline, $"No {status} alert for {ChargePointId} within 30 s.");
            await Task.Delay(250);
        }
    }
}

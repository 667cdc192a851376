using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Hubs;

/// <summary>/hubs/live over the JSON hub protocol: the live feed's events arrive as camelCase invocations, behind the API key.</summary>
public sealed class LiveHubTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task StatusNotification_AccessTokenInQuery_ArrivesAsConnectorStatusChanged()
    {
        await using var hub = await ConnectAsync();
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-HUB-1");

        await cp.CallAsync("StatusNotification", new { connectorId = 2, errorCode = "GroundFailure", status = "Faulted", info = "RCD", timestamp = T0 });

        var invocation = await hub.NextInvocationAsync("ConnectorStatusChanged");
        var message = Assert.Single(invocation.GetProperty("arguments").EnumerateArray());
        Assert.Equal("CP-HUB-1", message.GetProperty("chargePointId").GetString());
        Assert.Equal(2, message.GetProperty("connectorId").GetInt32());
        Assert.Equal("Faulted", message.GetProperty("status").GetString());
        Assert.Equal("GroundFailure", message.GetProperty("errorCode").GetString());
        Assert.Equal("RCD", message.GetProperty("info").GetString());
        Assert.Equal("2026-11-21T08:00:00+00:00", message.GetProperty("at").GetString());
    }

    [Fact]
    public async Task Session_StartAndMeterValues_ArriveAsSessionChangedWithWhWAndMaskedTag()
    {
        await using var hub = await ConnectAsync();
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-HUB-2");

        var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "04A1B2C3D4E59F", meterStart = 1_000, timestamp = T0 }))
            .GetProperty("transactionId").GetInt32();
        await cp.CallAsync("MeterValues", new
        {
            connectorId = 1,
            transactionId = tx,
            meterValue = new[]
            {
                new
                {
                    timestamp = T0.AddMinutes(1),
                    sampledValue = new object[]
                    {
                        new { value = "1.75", measurand = "Energy.Active.Import.Register", unit = "kWh" },
                        new { value = "11000", measurand = "Power.Active.Import", unit = "W" },
                        new { value = "57", measurand = "SoC", unit = "Percent" },
                    },
                },
            },
        });

        var started = Argument(await hub.NextInvocationAsync("SessionChanged"));
        var sampled = Argument(await hub.NextInvocationAsync("SessionChanged"));
        Assert.Equal(tx, started.GetProperty("transactionId").GetInt32());
        Assert.Equal("Active", started.GetProperty("status").GetString());
        Assert.Equal(0, started.GetProperty("energyWh").GetInt64());
        Assert.Equal("04A1…9F", started.GetProperty("idTag").GetString());
        Assert.Equal(750, sampled.GetProperty("energyWh").GetInt64());
        Assert.Equal(11_000, sampled.GetProperty("powerW").GetInt64());
        Assert.Equal(57, sampled.GetProperty("socPercent").GetInt32());
        Assert.Equal("CP-HUB-2", sampled.GetProperty("chargePointId").GetString());
        Assert.Equal(1, sampled.GetProperty("connectorId").GetInt32());
    }

    [Fact]
    public async Task ConnectAndBoot_HeaderKey_ArriveAsConnectionChangedAndBooted()
    {
        await using var hub = await ConnectAsync(accessToken: null, headerKey: EvDashboardFactory.TestApiKey);

        await using (var cp = await OcppTestClient.ConnectAsync(_factory, "CP-HUB-3"))
        {
            await cp.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Fast50", firmwareVersion = "1.2.3" });
        }

        var online = Argument(await hub.NextInvocationAsync("ChargePointConnectionChanged"));
        var booted = Argument(await hub.NextInvocationAsync("ChargePointBooted"));
        var offline = Argument(await hub.NextInvocationAsync("ChargePointConnectionChanged"));
        Assert.Equal("CP-HUB-3", online.GetProperty("chargePointId").GetString());
        Assert.True(online.GetProperty("isOnline").GetBoolean());
        Assert.Equal("Acme", booted.GetProperty("vendor").GetString());
        Assert.Equal("Fast50", booted.GetProperty("model").GetString());
        Assert.Equal("1.2.3", booted.GetProperty("firmwareVersion").GetString());
        Assert.EndsWith("+00:00", booted.GetProperty("at").GetString(), StringComparison.Ordinal);
        Assert.False(offline.GetProperty("isOnline").GetBoolean());
    }

    [Fact]
    public async Task SubscribeChargePoint_OtherChargePointsEvents_AreNotSent()
    {
        await using var hub = await ConnectAsync();
        await hub.InvokeAsync("SubscribeChargePoint", "CP-HUB-MINE");
        await using var other = await OcppTestClient.ConnectAsync(_factory, "CP-HUB-OTHER");
        await using var mine = await OcppTestClient.ConnectAsync(_factory, "CP-HUB-MINE");

        await other.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging", timestamp = T0 });
        await mine.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Preparing", timestamp = T0 });

        // Events are sent in the order they were published, so another charge point's event would arrive first.
        var first = Argument(await hub.NextInvocationAsync());
        var second = Argument(await hub.NextInvocationAsync());
        Assert.Equal("CP-HUB-MINE", first.GetProperty("chargePointId").GetString());
        Assert.True(first.GetProperty("isOnline").GetBoolean());
        Assert.Equal("CP-HUB-MINE", second.GetProperty("chargePointId").GetString());
        Assert.Equal("Preparing", second.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SubscribeAll_AfterSubscribingOneChargePoint_SendsEveryEventOnce()
    {
        await using var hub = await ConnectAsync();
        await hub.InvokeAsync("SubscribeChargePoint", "CP-HUB-A");
        await hub.InvokeAsync("SubscribeAll");
        await using var a = await OcppTestClient.ConnectAsync(_factory, "CP-HUB-A");

        await a.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Available", timestamp = T0 });
        await a.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Preparing", timestamp = T0.AddSeconds(1) });

        Assert.Equal("ChargePointConnectionChanged", (await hub.NextInvocationAsync()).GetProperty("target").GetString());
        Assert.Equal("Available", Argument(await hub.NextInvocationAsync()).GetProperty("status").GetString());
        Assert.Equal("Preparing", Argument(await hub.NextInvocationAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task SubscribeChargePoint_EmptyId_CompletesWithAnErrorAndKeepsTheConnection()
    {
        await using var hub = await ConnectAsync();

        var completion = await hub.InvokeAsync("SubscribeChargePoint", "");
        var stillOpen = await hub.InvokeAsync("SubscribeAll");

        Assert.Contains("chargePointId", completion.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(stillOpen.TryGetProperty("error", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789")]
    [InlineData("")]
    public async Task Connect_WithoutValidKey_IsRefusedWith401(string? key)
    {
        var client = _factory.Server.CreateWebSocketClient();
        var query = key is null ? string.Empty : $"?access_token={Uri.EscapeDataString(key)}";

        var error = await Record.ExceptionAsync(() => client.ConnectAsync(new Uri(_factory.Server.BaseAddress, $"hubs/live{query}"), CancellationToken.None));

        Assert.NotNull(error);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negotiate_WithoutKey_Returns401()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/hubs/live/negotiate?negotiateVersion=1", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Negotiate_WithAccessToken_Returns200()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri($"/hubs/live/negotiate?negotiateVersion=1&access_token={EvDashboardFactory.TestApiKey}", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(EvDashboardFactory.TestApiKey, HttpStatusCode.OK)]
    [InlineData("wrong-key-0123456789", HttpStatusCode.Unauthorized)]
    public async Task Negotiate_BearerToken_IsCheckedAsTheApiKey(string token, HttpStatusCode expected)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/hubs/live/negotiate?negotiateVersion=1", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Api_BearerToken_IsNotAcceptedOutsideTheHub()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EvDashboardFactory.TestApiKey);

        using var response = await client.GetAsync(new Uri("/api/charge-points", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_AccessTokenInQuery_IsNotAcceptedOutsideTheHub()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/charge-points?access_token={EvDashboardFactory.TestApiKey}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HubTestClient> ConnectAsync(string? accessToken = EvDashboardFactory.TestApiKey, string? headerKey = null)
    {
        var hub = await HubTestClient.ConnectAsync(_factory, accessToken, headerKey);
        // A completed invocation proves OnConnectedAsync (joining the "all" group) has run.
        await hub.InvokeAsync("SubscribeAll");
        return hub;
    }

    private static JsonElement Argument(JsonElement invocation) => Assert.Single(invocation.GetProperty("arguments").EnumerateArray());
}

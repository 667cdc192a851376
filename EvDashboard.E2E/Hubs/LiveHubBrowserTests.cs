using System.Text.Json;
using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Ocpp;

namespace EvDashboard.E2E.Hubs;

/// <summary>
/// /hubs/live from a real browser, the way an outside screen would use it: a WebSocket (which cannot carry
/// headers) with the API key as <c>?access_token=</c>, the JSON hub protocol, and the live events as invocations.
/// </summary>
[Collection(E2EGroup.Name)]
public sealed class LiveHubBrowserTests(E2EFixture fixture)
{
    private const string OpenHub = """
        async ([url]) => {
            window.__hubRecords = [];
            const socket = new WebSocket(url);
            window.__hubSocket = socket;
            socket.onmessage = e => window.__hubRecords.push(...e.data.split('\u001e').filter(r => r.length > 0));
            await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = () => reject(new Error('hub socket refused')); });
            socket.send('{"protocol":"json","version":1}\u001e');
            await new Promise(resolve => { const poll = () => window.__hubRecords.length > 0 ? resolve() : setTimeout(poll, 10); poll(); });
            // A completed invocation proves the connection has joined its group.
            socket.send('{"type":1,"invocationId":"1","target":"SubscribeAll","arguments":[]}\u001e');
            await new Promise(resolve => { const poll = () => window.__hubRecords.some(r => r.includes('"invocationId":"1"')) ? resolve() : setTimeout(poll, 10); poll(); });
            return window.__hubRecords[0];
        }
        """;

    [Fact]
    public async Task HubWebSocket_FromTheBrowserWithAccessToken_ReceivesConnectorStatusChanged()
    {
        const string Id = "E2E-HUB-BROWSER";
        var page = await fixture.NewPageAsync(1280, 800);
        await using var browserContext = page.Context;
        await page.GotoAsync("not-found");
        var url = new UriBuilder(fixture.BaseAddress) { Scheme = "ws", Path = "hubs/live", Query = $"access_token={E2ESettings.ApiKey}" }.Uri;
        var handshake = await page.EvaluateAsync<string>(OpenHub, new object[] { url.ToString() });
        await using var cp = await fixture.ConnectChargePointAsync(Id);

        await cp.StatusAsync(1, "Faulted", "ConnectorLockFailure");
        var record = await page.WaitForFunctionAsync(
            "id => window.__hubRecords.find(r => r.includes('\"target\":\"ConnectorStatusChanged\"') && r.includes(id))", Id);

        Assert.Equal("{}", handshake);
        using var invocation = JsonDocument.Parse(await record.JsonValueAsync<string>());
        var message = invocation.RootElement.GetProperty("arguments")[0];
        Assert.Equal(1, message.GetProperty("connectorId").GetInt32());
        Assert.Equal("Faulted", message.GetProperty("status").GetString());
        Assert.Equal("ConnectorLockFailure", message.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task HubWebSocket_FromTheBrowserWithoutKey_IsRefused()
    {
        var page = await fixture.NewPageAsync(1280, 800, signIn: false);
        await using var browserContext = page.Context;
        await page.GotoAsync("not-found");
        var url = new UriBuilder(fixture.BaseAddress) { Scheme = "ws", Path = "hubs/live" }.Uri;

        var error = await Record.ExceptionAsync(() => page.EvaluateAsync<string>(OpenHub, new object[] { url.ToString() }));

        Assert.NotNull(error);
        Assert.Contains("hub socket refused", error.Message, StringComparison.Ordinal);
    }
}

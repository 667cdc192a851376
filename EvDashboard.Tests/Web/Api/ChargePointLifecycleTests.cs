using System.Net;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Api;

/// <summary>Presence and deletion: what a connected charger and the ledger mean for DELETE /api/charge-points/{id}.</summary>
public sealed class ChargePointLifecycleTests : IAsyncLifetime
{
    // Last-seen is flushed to the database every Ocpp:LastSeenFlushSeconds; an hour keeps it in memory during a test.
    private readonly ApiTestHost _host = new(new Dictionary<string, string?> { ["Ocpp:LastSeenFlushSeconds"] = "3600" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_WhileConnected_ShowsOnlineAndLastSeenFromPresence()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1" })).Dispose();
        await using var cp = await OcppTestClient.ConnectAsync(_host.Factory, "CP-1");
        await cp.CallAsync("Heartbeat", new { });

        var body = await _host.GetJsonAsync("/api/charge-points/CP-1");

        Assert.True(body.GetProperty("online").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.String, body.GetProperty("lastSeenAt").ValueKind);
        Assert.Null(await _host.ReadAsync(db => db.ChargePoints.Select(c => c.LastSeenAt).SingleAsync()));
    }

    [Fact]
    public async Task Delete_NoSessions_Returns204AndRemovesConnectorsAndHistory()
    {
        await _host.WriteAsync(db => db.AddRange(
            ApiTestData.ChargePoint("CP-1"),
            ApiTestData.ChargePoint("CP-2"),
            new Connector("CP-1", 1),
            new Connector("CP-2", 1),
            ApiTestData.StatusChange("CP-1", 1, ConnectorStatus.Available, ApiTestData.T0),
            ApiTestData.StatusChange("CP-2", 1, ConnectorStatus.Available, ApiTestData.T0)));

        using var response = await _host.Client.DeleteAsync(new Uri("/api/charge-points/CP-1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (chargePoints, connectors, history) = await _host.ReadAsync(async db => (
            await db.ChargePoints.Select(c => c.Id).ToListAsync(),
            await db.Connectors.Select(c => c.ChargePointId).ToListAsync(),
            await db.ConnectorStatusChanges.Select(c => c.ChargePointId).ToListAsync()));
        Assert.Equal(["CP-2"], chargePoints);
        Assert.Equal(["CP-2"], connectors);
        Assert.Equal(["CP-2"], history);
        using var get = await _host.Client.GetAsync(new Uri("/api/charge-points/CP-1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Delete_WithSessions_Returns409SayingSessionsAreTheLedgerAndKeepsEverything()
    {
        await _host.WriteAsync(db => db.AddRange(
            ApiTestData.ChargePoint("CP-1"),
            new Connector("CP-1", 1),
            ApiTestData.StatusChange("CP-1", 1, ConnectorStatus.Charging, ApiTestData.T0),
            ApiTestData.Session("CP-1", 1, "TAG1", ApiTestData.T0)));

        using var response = await _host.Client.DeleteAsync(new Uri("/api/charge-points/CP-1", UriKind.Relative));

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("ledger", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var counts = await _host.ReadAsync(async db => (
            await db.ChargePoints.CountAsync(), await db.Connectors.CountAsync(), await db.ConnectorStatusChanges.CountAsync(), await db.ChargingSessions.CountAsync()));
        Assert.Equal((1, 1, 1, 1), counts);
    }

    [Fact]
    public async Task Delete_WhileConnected_Returns409AndKeepsIt()
    {
        (await _host.PostJsonAsync("/api/charge-points", new { id = "CP-1" })).Dispose();
        await using var cp = await OcppTestClient.ConnectAsync(_host.Factory, "CP-1");
        await cp.CallAsync("Heartbeat", new { });

        using var response = await _host.Client.DeleteAsync(new Uri("/api/charge-points/CP-1", UriKind.Relative));

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("connected", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await _host.ReadAsync(db => db.ChargePoints.CountAsync()));
    }

    [Fact]
    public async Task Delete_Missing_Returns404()
    {
        using var response = await _host.Client.DeleteAsync(new Uri("/api/charge-points/NOPE", UriKind.Relative));

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}

using System.Collections.Concurrent;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>What a charger's traffic publishes to the live feed, and how presence reaches the database.</summary>
public sealed class OcppLiveAndPresenceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Traffic_PublishesConnectionStatusAndSessionEvents_AfterCommit()
    {
        await using var factory = new EvDashboardFactory();
        var events = new ConcurrentQueue<LiveEvent>();
        using var subscription = factory.Services.GetRequiredService<LiveFeed>().Subscribe(events.Enqueue);

        await using (var cp = await OcppTestClient.ConnectAsync(factory, "CP-LIVE"))
        {
            await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging", timestamp = T0 });
            var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "T", meterStart = 0, timestamp = T0 })).GetProperty("transactionId").GetInt32();
            await cp.CallAsync("MeterValues", new { connectorId = 1, transactionId = tx, meterValue = new[] { new { timestamp = T0.AddMinutes(1), sampledValue = new[] { new { value = "700" } } } } });
        }

        await WaitUntilAsync(() => events.OfType<ChargePointConnectionChanged>().Any(e => !e.IsOnline));
        Assert.Contains(events, e => e is ChargePointConnectionChanged { IsOnline: true, ChargePointId: "CP-LIVE" });
        Assert.Contains(events, e => e is ConnectorStatusChanged { ConnectorId: 1, Status: ConnectorStatus.Charging });
        Assert.Contains(events, e => e is SessionChanged { Status: SessionStatus.Active, EnergyWh: 700 });
    }

    [Fact]
    public async Task Disconnect_MarksOfflineAndLastSeenIsFlushedToTheDatabase()
    {
        await using var factory = new EvDashboardFactory();
        await using (var cp = await OcppTestClient.ConnectAsync(factory, "CP-SEEN"))
        {
            await cp.CallAsync("Heartbeat", new { });
        }

        var presence = factory.Services.GetRequiredService<ChargePointPresence>();
        await WaitUntilAsync(() => !presence.IsOnline("CP-SEEN"));
        var flusher = factory.Services.GetServices<IHostedService>().OfType<PresenceFlusher>().Single();
        await flusher.FlushAsync(CancellationToken.None);

        await using var db = factory.CreateDbContext();
        var stored = await db.ChargePoints.SingleAsync(c => c.Id == "CP-SEEN");
        Assert.Equal(presence.LastSeen("CP-SEEN"), stored.LastSeenAt);
    }

    [Fact]
    public async Task ConnectAndDisconnect_FlushedAsConnectionEvents_ShownAfterAReload()
    {
        await using var factory = new EvDashboardFactory();
        await using (var cp = await OcppTestClient.ConnectAsync(factory, "CP-EVENTS"))
        {
            await cp.CallAsync("Heartbeat", new { });
        }

        var presence = factory.Services.GetRequiredService<ChargePointPresence>();
        await WaitUntilAsync(() => !presence.IsOnline("CP-EVENTS"));
        await factory.Services.GetServices<IHostedService>().OfType<PresenceFlusher>().Single().FlushAsync(CancellationToken.None);

        await using var db = factory.CreateDbContext();
        var stored = await db.ConnectionEvents.Where(e => e.ChargePointId == "CP-EVENTS").OrderBy(e => e.Id).Select(e => e.IsOnline).ToListAsync();
        Assert.Equal([true, false], stored);
        var latest = await NetworkEventReader.LatestAsync(db, 20, CancellationToken.None);
        Assert.Equal([NetworkEventKind.Offline, NetworkEventKind.Online],
            latest.Where(e => e.ChargePointId == "CP-EVENTS" && e.Kind is NetworkEventKind.Online or NetworkEventKind.Offline).Select(e => e.Kind));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}

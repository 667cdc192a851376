using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using EvDashboard.Tests.Web.Components.Stations;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Overview;

/// <summary>The overview's state from a real ledger fed over OCPP.</summary>
public sealed class OverviewQueriesTests
{
    [Fact]
    public async Task Load_SessionAcrossMidnight_CountsTodaysEnergyOnlyAndMasksTagsInEvents()
    {
        await using var factory = new EvDashboardFactory();
        var midnight = factory.Services.GetRequiredService<SiteClock>().StartOfToday;
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        await cp.CallAsync("BootNotification", new { chargePointVendor = "V", chargePointModel = "M" });
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging", timestamp = midnight.AddHours(-1) });
        await cp.CallAsync("StatusNotification", new { connectorId = 2, errorCode = "NoError", status = "Available", timestamp = midnight.AddHours(-1) });
        var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "04A1B2C3D4E5F6", meterStart = 1_000, timestamp = midnight.AddHours(-1) }))
            .GetProperty("transactionId").GetInt32();
        await cp.CallAsync("MeterValues", Meter(tx, midnight.AddMinutes(-30), new { value = "5000" }));
        await cp.CallAsync("MeterValues", Meter(tx, midnight.AddMinutes(1), new { value = "9000" }, new { value = "11000", measurand = "Power.Active.Import", unit = "W" }));

        var state = await factory.Services.GetRequiredService<OverviewQueries>().LoadAsync(CancellationToken.None);

        // 8 kWh delivered, 4 kWh of it before midnight (the register read 5,000 Wh at 23:30, meterStart 1,000 Wh).
        Assert.Equal(4_000, state.Today.EnergyTodayWh);
        Assert.Equal(0, state.Today.StartedToday);
        var counts = state.Board.Count();
        Assert.Equal((1, 1, 1, 11_000L), (counts.ChargePoints, counts.Online, counts.ActiveSessions, counts.PowerW));
        Assert.Equal((1, 1), (counts.ConnectorsIn(ConnectorStatus.Charging), counts.ConnectorsIn(ConnectorStatus.Available)));
        var started = Assert.Single(state.Events, e => e.Kind == NetworkEventKind.SessionStarted);
        Assert.Equal((tx, "04A1…F6"), (started.TransactionId, started.MaskedIdTag));
        Assert.Contains(state.Events, e => e is { Kind: NetworkEventKind.StatusChanged, Status: ConnectorStatus.Charging, ConnectorId: 1 });
        Assert.Contains(state.Events, e => e is { Kind: NetworkEventKind.Booted, Detail: "V M" });
    }

    [Fact]
    public async Task Apply_LiveStartAndStop_AddsEventsAndEnergy()
    {
        await using var factory = new EvDashboardFactory();
        var state = await factory.Services.GetRequiredService<OverviewQueries>().LoadAsync(CancellationToken.None);
        var at = StationFleet.Now(factory);

        Assert.True(state.Apply(new EvDashboard.Core.Live.ChargePointConnectionChanged("CP-9", true, at)));
        Assert.True(state.Apply(new EvDashboard.Core.Live.SessionChanged("CP-9", 1, 3, "APP-7734-XQ", EvDashboard.Core.Sessions.SessionStatus.Active, 0, 7_000, null, at)));
        Assert.True(state.Apply(new EvDashboard.Core.Live.SessionChanged("CP-9", 1, 3, "APP-7734-XQ", EvDashboard.Core.Sessions.SessionStatus.Completed, 1_200, 0, null, at)));

        Assert.Equal([NetworkEventKind.SessionStopped, NetworkEventKind.SessionStarted, NetworkEventKind.Online], state.Events.Select(e => e.Kind));
        Assert.Equal((1_200L, 1), (state.Today.EnergyTodayWh, state.Today.StartedToday));
        Assert.Equal("APP-…XQ", state.Events[0].MaskedIdTag);
    }

    private static object Meter(int transactionId, DateTimeOffset at, params object[] sampledValues) =>
        new { connectorId = 1, transactionId, meterValue = new[] { new { timestamp = at, sampledValue = sampledValues } } };
}

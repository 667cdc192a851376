using EvDashboard.Core.Sites;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Wall;

/// <summary>The wall's read model against a real ledger, fed by a charge point over OCPP.</summary>
public sealed class WallQueriesTests
{
    [Fact]
    public async Task GetSnapshot_SessionAcrossMidnight_CountsTodaysEnergyOnlyAndPutsTheSessionOnItsTile()
    {
        await using var factory = new EvDashboardFactory();
        var midnight = factory.Services.GetRequiredService<SiteClock>().StartOfToday;
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-WALL");
        await cp.CallAsync("BootNotification", new { chargePointVendor = "V", chargePointModel = "M" });
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging", timestamp = midnight.AddHours(-1) });
        await cp.CallAsync("StatusNotification", new { connectorId = 2, errorCode = "GroundFailure", status = "Faulted", vendorErrorCode = "E-101", timestamp = midnight.AddMinutes(1) });
        var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "TAG-1", meterStart = 1_000, timestamp = midnight.AddHours(-1) }))
            .GetProperty("transactionId").GetInt32();
        await cp.CallAsync("MeterValues", Meter(tx, midnight.AddMinutes(-30), new { value = "5000" }));
        await cp.CallAsync("MeterValues", Meter(tx, midnight.AddMinutes(1), new { value = "9000" }, new { value = "11000", measurand = "Power.Active.Import", unit = "W" }));

        var snapshot = await factory.Services.GetRequiredService<WallQueries>().GetSnapshotAsync(10, CancellationToken.None);

        Assert.Equal(midnight, snapshot.TodayStartsAt);
        var energy = Assert.Single(snapshot.EnergyToday);
        Assert.Equal((tx, 8_000L, 4_000L, 4_000L), (energy.TransactionId, energy.EnergyWh, energy.EnergyBeforeTodayWh, energy.TodayWh));
        var charging = snapshot.Connectors.Single(c => c.ConnectorId == 1);
        Assert.True(charging.Online);
        Assert.Equal(ConnectorStatus.Charging, charging.Status);
        Assert.Equal((tx, 8_000L, (long?)11_000), (charging.Session!.TransactionId, charging.Session.EnergyWh, charging.Session.PowerW));
        var faulted = snapshot.Connectors.Single(c => c.ConnectorId == 2);
        Assert.Equal((ConnectorStatus.Faulted, "GroundFailure", "E-101"), (faulted.Status, faulted.ErrorCode, faulted.VendorErrorCode));
        Assert.Null(faulted.Session);
        Assert.Contains(snapshot.Events, e => e is { Kind: WallEventKind.SessionStarted, ChargePointId: "CP-WALL", ConnectorId: 1 });
        Assert.Contains(snapshot.Events, e => e is { Kind: WallEventKind.StatusChanged, Status: ConnectorStatus.Faulted });
    }

    private static object Meter(int transactionId, DateTimeOffset at, params object[] sampledValues) =>
        new { connectorId = 1, transactionId, meterValue = new[] { new { timestamp = at, sampledValue = sampledValues } } };
}

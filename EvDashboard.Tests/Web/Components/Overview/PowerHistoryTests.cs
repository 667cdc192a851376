using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using EvDashboard.Tests.TestDoubles;
using EvDashboard.Tests.Web.Components.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Overview;

/// <summary>The power chart's data from a real ledger: backfill by time range, then only what was added since.</summary>
public sealed class PowerHistoryTests
{
    [Fact]
    public async Task Refresh_BackfillThenNewAndLateSamples_AveragesRegisterEnergyPerBucket()
    {
        await using var factory = new EvDashboardFactory();
        var bucket = PowerHistory.BucketLength;
        var b = new DateTimeOffset(StationFleet.Now(factory).UtcTicks / bucket.Ticks * bucket.Ticks, TimeSpan.Zero);
        var history = new PowerHistory(factory.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>(), new ManualTimeProvider(b.AddMinutes(1)));
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-1");
        await cp.CallAsync("BootNotification", new { chargePointVendor = "V", chargePointModel = "M" });
        var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "TAG", meterStart = 10_000, timestamp = b.AddMinutes(-20) }))
            .GetProperty("transactionId").GetInt32();
        await cp.CallAsync("MeterValues", Meter(tx, b.AddMinutes(-10), "12000"));

        await history.RefreshAsync(CancellationToken.None);
        await cp.CallAsync("MeterValues", Meter(tx, b.AddMinutes(-15), "10900"));
        await cp.CallAsync("MeterValues", Meter(tx, b.AddMinutes(-5), "13000"));
        await cp.CallAsync("StopTransaction", new { transactionId = tx, meterStop = 13_400, timestamp = b.AddMinutes(-1), reason = "Local" });
        await history.RefreshAsync(CancellationToken.None);

        var points = history.Snapshot();
        Assert.Equal(PowerHistory.BucketCount, points.Count);
        Assert.Equal(b.AddMinutes(-5), points[^1].Start);
        // 2 kWh over the 10 minutes from the start (12 kW); the late 10,900 Wh sample adds nothing; 1 kWh in the next 5 minutes
        // (12 kW); the last 400 Wh up to meterStop 4 minutes into the last bucket (400 Wh in 5 minutes: 4.8 kW).
        Assert.Equal([12_000L, 12_000L, 12_000L, 4_800L], points.TakeLast(4).Select(p => p.AverageW));
        Assert.All(points.SkipLast(4), p => Assert.Equal(0, p.AverageW));
    }

    private static object Meter(int transactionId, DateTimeOffset at, string wh) =>
        new { connectorId = 1, transactionId, meterValue = new[] { new { timestamp = at, sampledValue = new[] { new { value = wh } } } } };
}

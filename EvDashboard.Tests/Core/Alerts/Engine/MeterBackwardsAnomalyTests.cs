using EvDashboard.Core.Sessions;

namespace EvDashboard.Tests.Core.Alerts.Engine;

/// <summary>The ledger records a meter register going backwards: a newer reading, or meterStop, below the last register.</summary>
public sealed class MeterBackwardsAnomalyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private AlertEngineHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AlertEngineHost.CreateAsync(T0);
        await _host.AddChargePointAsync("CP-1", lastSeen: T0);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RecordMeterValues_NewerReadingBelowRegister_RecordsAnomaly()
    {
        var tx = await _host.StartAsync("CP-1", 1);
        await _host.MeterAsync("CP-1", 1, tx, 12_000);
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        await _host.MeterAsync("CP-1", 1, tx, 11_500);

        var anomaly = Assert.Single(await _host.AnomaliesAsync(LedgerAnomalyKind.MeterRegisterDecreased));
        Assert.Equal(tx, anomaly.TransactionId);
        Assert.Contains("12000 Wh to 11500 Wh", anomaly.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordMeterValues_LateOlderReadingBelowRegister_RecordsNothing()
    {
        var tx = await _host.StartAsync("CP-1", 1);
        _host.Time.Advance(TimeSpan.FromMinutes(10));
        await _host.MeterAsync("CP-1", 1, tx, 12_000);

        await _host.MeterAsync("CP-1", 1, tx, 11_000, stamped: T0.AddMinutes(5));

        Assert.Empty(await _host.AnomaliesAsync(LedgerAnomalyKind.MeterRegisterDecreased));
    }

    [Fact]
    public async Task StopAsync_MeterStopBelowLastReading_RecordsAnomaly()
    {
        var tx = await _host.StartAsync("CP-1", 1);
        _host.Time.Advance(TimeSpan.FromMinutes(10));
        await _host.MeterAsync("CP-1", 1, tx, 15_000);

        await _host.StopAsync("CP-1", tx, 14_000);

        Assert.Contains("below the session's last register reading 15000 Wh", Assert.Single(await _host.AnomaliesAsync(LedgerAnomalyKind.MeterRegisterDecreased)).Detail, StringComparison.Ordinal);
    }
}

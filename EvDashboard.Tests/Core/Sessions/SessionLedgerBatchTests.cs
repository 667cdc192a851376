using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Tests.Core.Data;
using Microsoft.EntityFrameworkCore;
using static EvDashboard.Tests.Core.Data.WriterTestSupport;

namespace EvDashboard.Tests.Core.Sessions;

/// <summary>
/// MeterValues update the session row with SQL while Start/Stop use EF Core: within one write batch each side must
/// see the other's uncommitted changes, and a failed batch must undo and redo them exactly once.
/// </summary>
public sealed class SessionLedgerBatchTests : IAsyncLifetime
{
    private LedgerDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await LedgerDatabase.CreateAsync();
        await _db.AddChargePointAsync("CP-1", T0);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task RecordMeterValues_SameBatchAsStop_EachSeesTheOthersChanges()
    {
        var tx = await StartAsync();
        var hold = await HoldWriterAsync(_db);
        var before = RecordAsync(tx, T0.AddMinutes(10), 2_000, 7_000);
        var stop = _db.WriteAsync((scope, ct) => SessionLedger.StopAsync(scope, "CP-1", tx, new SessionStop(T0.AddMinutes(20), 3_000, "Local", null, T0.AddMinutes(20)), [], ct));
        var late = RecordAsync(tx, T0.AddMinutes(30), 3_100, 7_000);

        hold.Release.SetResult();
        await Task.WhenAll(before, stop, late).WaitAsync(UnitTimeout);

        // EF's Stop saw the SQL update of the unit before it; the SQL path after it saw the stop.
        var stopped = (await stop).Session!;
        Assert.Equal((2_000L, T0.AddMinutes(10)), (stopped.LastMeterWh, stopped.LastMeterAt));
        var lateSession = (await late)!;
        Assert.Equal((SessionStatus.Completed, 0L, 2_000L), (lateSession.Status, lateSession.Meter.LastPowerW, lateSession.Meter.EnergyWh));
        var stored = await SessionAsync(tx);
        Assert.Equal((SessionStatus.Completed, 3_100L, 0L, 2_000L), (stored.Status, stored.LastMeterWh, stored.LastPowerW, stored.EnergyWh));
    }

    [Fact]
    public async Task RecordMeterValues_BatchFailsAfterUpdate_UpdateUndoneAndAppliedOnce()
    {
        var tx = await StartAsync();
        var hold = await HoldWriterAsync(_db);
        var recorded = RecordAsync(tx, T0.AddMinutes(10), 2_500, 9_000);
        var failing = _db.WriteAsync((_, _) => Task.FromException(new InvalidOperationException("fails its batch")));

        hold.Release.SetResult();
        var session = await recorded.WaitAsync(UnitTimeout);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(UnitTimeout));

        Assert.Equal((2_500L, 9_000L, 1_500L), (session!.Meter.LastMeterWh, session.Meter.LastPowerW, session.Meter.EnergyWh));
        var stored = await SessionAsync(tx);
        Assert.Equal((2_500L, T0.AddMinutes(10), 9_000L, 1_500L), (stored.LastMeterWh, stored.LastMeterAt, stored.LastPowerW, stored.EnergyWh));
        Assert.Equal(2, await _db.CountAsync($"SELECT COUNT(*) FROM MeterSamples WHERE TransactionId = {tx}"));
    }

    [Fact]
    public async Task RecordMeterValues_LateReading_SamplesKeptAndNewestReadingStays()
    {
        var tx = await StartAsync();
        await RecordAsync(tx, T0.AddMinutes(10), 2_000, 7_000);

        var late = await RecordAsync(tx, T0.AddMinutes(5), 1_500, 3_000);

        Assert.Equal((2_000L, T0.AddMinutes(10), 7_000L), (late!.Meter.LastMeterWh, late.Meter.LastMeterAt, late.Meter.LastPowerW));
        var stored = await SessionAsync(tx);
        Assert.Equal((2_000L, T0.AddMinutes(10), 7_000L, 1_000L), (stored.LastMeterWh, stored.LastMeterAt, stored.LastPowerW, stored.EnergyWh));
        Assert.Equal(4, await _db.CountAsync($"SELECT COUNT(*) FROM MeterSamples WHERE TransactionId = {tx}"));
    }

    [Fact]
    public async Task RecordMeterValues_SessionFromRow_MatchesWhatEfStored()
    {
        var tx = await StartAsync();

        var session = await RecordAsync(tx, T0.AddMinutes(10), 1_400, 4_000, soc: 55);

        var stored = await SessionAsync(tx);
        Assert.Equal((stored.TransactionId, stored.ChargePointId, stored.ConnectorId, stored.IdTag, stored.Status),
            (session!.TransactionId, session.ChargePointId, session.ConnectorId, session.IdTag, session.Status));
        Assert.Equal((stored.LastMeterWh, stored.LastMeterAt, stored.LastPowerW, stored.LastSocPercent, stored.EnergyWh),
            (session.Meter.LastMeterWh, session.Meter.LastMeterAt, session.Meter.LastPowerW, session.Meter.LastSocPercent, session.Meter.EnergyWh));
    }

    private async Task<int> StartAsync()
    {
        var start = new SessionStart("CP-1", 1, "TAG1", T0, 1_000, null, AuthorizationOutcome.Accepted, T0);
        var result = await _db.WriteAsync((scope, ct) => SessionLedger.StartAsync(scope, start, ct));
        return result.Session.TransactionId;
    }

    private Task<MeteredSession?> RecordAsync(int transactionId, DateTimeOffset at, long registerWh, long powerW, int? soc = null)
    {
        List<SampledReading> readings =
        [
            SampledReading.From(registerWh.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null, null, null, null),
            SampledReading.From(powerW.ToString(System.Globalization.CultureInfo.InvariantCulture), SampledReading.ActivePower, null, null, null, null, null),
        ];
        if (soc is { } s)
        {
            readings.Add(SampledReading.From(s.ToString(System.Globalization.CultureInfo.InvariantCulture), SampledReading.StateOfCharge, null, "EV", null, null, null));
        }

        return _db.WriteAsync((scope, ct) => Task.FromResult(SessionLedger.RecordMeterValues(scope, "CP-1", 1, transactionId, [new TimedReadings(at, readings)], at, ct)));
    }

    private async Task<ChargingSession> SessionAsync(int transactionId)
    {
        await using var context = _db.CreateContext();
        return await context.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == transactionId);
    }
}

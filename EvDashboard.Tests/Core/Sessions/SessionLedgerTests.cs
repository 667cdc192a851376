using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Tests.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Sessions;

/// <summary>The ledger's operations through the real writer on a migrated SQLite file; state is read back on a separate connection.</summary>
public sealed class SessionLedgerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private LedgerDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await LedgerDatabase.CreateAsync();
        await _db.AddChargePointAsync("CP-1", T0);
        await _db.AddChargePointAsync("CP-2", T0);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task StartAsync_NewStart_StoresActiveSession()
    {
        var result = await StartAsync(NewStart());

        Assert.False(result.IsResend);
        Assert.True(result.Session.TransactionId > 0);
        var stored = await SessionAsync(result.Session.TransactionId);
        Assert.Equal((SessionStatus.Active, "TAG1", 1_000L, T0), (stored.Status, stored.IdTag, stored.MeterStartWh, stored.StartedAt));
    }

    [Fact]
    public async Task StartAsync_SameStartResent_SameTransactionIdAndOneRow()
    {
        var first = await StartAsync(NewStart());

        var resent = await StartAsync(NewStart(idTag: "tag1", receivedAt: T0.AddMinutes(1)));

        Assert.True(resent.IsResend);
        Assert.Equal(first.Session.TransactionId, resent.Session.TransactionId);
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM ChargingSessions"));
        Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM LedgerAnomalies"));
    }

    [Fact]
    public async Task StartAsync_NewStartOnSameConnector_SupersedesOlderActiveSession()
    {
        var old = await StartAsync(NewStart());

        var next = await StartAsync(NewStart(at: T0.AddHours(1), meterStartWh: 5_000, receivedAt: T0.AddHours(1).AddSeconds(2)));

        var superseded = await SessionAsync(old.Session.TransactionId);
        Assert.Equal(SessionStatus.Interrupted, superseded.Status);
        Assert.Equal((T0.AddHours(1).AddSeconds(2), SessionLedger.SupersededReason), (superseded.InterruptedAt, superseded.InterruptionReason));
        Assert.Equal(SessionStatus.Active, (await SessionAsync(next.Session.TransactionId)).Status);
        var anomaly = Assert.Single(await AnomaliesAsync());
        Assert.Equal((LedgerAnomalyKind.SessionSuperseded, old.Session.TransactionId, "CP-1"), (anomaly.Kind, anomaly.TransactionId, anomaly.ChargePointId));
    }

    [Theory]
    [InlineData("CP-1", 2)]
    [InlineData("CP-2", 1)]
    public async Task StartAsync_OtherConnectorOrChargePoint_LeavesActiveSessionAlone(string chargePointId, int connectorId)
    {
        var old = await StartAsync(NewStart());

        await StartAsync(NewStart(chargePointId, connectorId, at: T0.AddHours(1)));

        Assert.Equal(SessionStatus.Active, (await SessionAsync(old.Session.TransactionId)).Status);
        Assert.Empty(await AnomaliesAsync());
    }

    [Fact]
    public async Task StartAsync_OlderStartArrivingLate_DoesNotSupersedeNewerSession()
    {
        var newer = await StartAsync(NewStart(at: T0.AddHours(1)));

        var late = await StartAsync(NewStart(at: T0, meterStartWh: 500));

        Assert.False(late.IsResend);
        Assert.Equal(SessionStatus.Active, (await SessionAsync(newer.Session.TransactionId)).Status);
        Assert.Empty(await AnomaliesAsync());
    }

    [Fact]
    public async Task RecordMeterValues_Replayed_SamplesStoredOnceAndSessionUpdated()
    {
        var tx = (await StartAsync(NewStart(meterStartWh: 10_000))).Session.TransactionId;
        var values = new[]
        {
            Timed(T0.AddMinutes(1), ("10.5", "Energy.Active.Import.Register", "kWh"), ("7400", "Power.Active.Import", "W")),
            Timed(T0.AddMinutes(2), ("10.75", "Energy.Active.Import.Register", "kWh"), ("7300", "Power.Active.Import", "W"), ("41", "SoC", "Percent")),
        };

        await RecordAsync("CP-1", tx, values);
        var replayed = await RecordAsync("CP-1", tx, values);

        Assert.NotNull(replayed);
        Assert.Equal(5, await _db.CountAsync($"SELECT COUNT(*) FROM MeterSamples WHERE TransactionId = {tx}"));
        Assert.Equal(5, await _db.CountAsync("SELECT COUNT(*) FROM MeterSamples"));
        var stored = await SessionAsync(tx);
        Assert.Equal((10_750L, T0.AddMinutes(2), 750L), (stored.LastMeterWh, stored.LastMeterAt, stored.EnergyWh));
        Assert.Equal((7_300L, 41), (stored.LastPowerW, stored.LastSocPercent));
    }

    [Fact]
    public async Task RecordMeterValues_Sample_StoredWithDefaultsAndWh()
    {
        var tx = (await StartAsync(NewStart())).Session.TransactionId;

        await RecordAsync("CP-1", tx, [Timed(T0.AddMinutes(1), ("12.3456", null, "kWh"))]);

        await using var context = _db.CreateContext();
        var sample = Assert.Single(await context.MeterSamples.AsNoTracking().ToListAsync());
        Assert.Equal(("CP-1", 1, (int?)tx, T0.AddMinutes(1)), (sample.ChargePointId, sample.ConnectorId, sample.TransactionId, sample.Timestamp));
        Assert.Equal(("Energy.Active.Import.Register", "", "Outlet", "Sample.Periodic"), (sample.Measurand, sample.Phase, sample.Location, sample.Context));
        Assert.Equal(("kWh", "Raw", "12.3456"), (sample.Unit, sample.Format, sample.RawValue));
        Assert.Equal((12.3456m, 12_346L), (sample.Value, sample.Wh));
    }

    [Theory]
    [InlineData("CP-1", 999)]
    [InlineData("CP-2", null)] // a transaction of another charge point is unknown to this one
    public async Task RecordMeterValues_UnknownTransaction_AnomalyAndSamplesWithoutSession(string chargePointId, int? unknownTransactionId)
    {
        var tx = (await StartAsync(NewStart())).Session.TransactionId;
        var transactionId = unknownTransactionId ?? tx;

        var session = await RecordAsync(chargePointId, transactionId, [Timed(T0.AddMinutes(1), ("2000", null, null), ("7400", "Power.Active.Import", null))]);

        Assert.Null(session);
        var anomaly = Assert.Single(await AnomaliesAsync());
        Assert.Equal((LedgerAnomalyKind.MeterValuesForUnknownTransaction, transactionId, chargePointId), (anomaly.Kind, anomaly.TransactionId, anomaly.ChargePointId));
        Assert.Equal(2, await _db.CountAsync($"SELECT COUNT(*) FROM MeterSamples WHERE TransactionId IS NULL AND ChargePointId = '{chargePointId}'"));
        Assert.Null((await SessionAsync(tx)).LastMeterWh);
    }

    [Fact]
    public async Task RecordMeterValues_NoTransactionId_SamplesWithoutSessionAndNoAnomaly()
    {
        var session = await RecordAsync("CP-1", null, [Timed(T0.AddMinutes(1), ("230", "Voltage", "V"))]);

        Assert.Null(session);
        Assert.Empty(await AnomaliesAsync());
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM MeterSamples WHERE TransactionId IS NULL"));
    }

    [Fact]
    public async Task StopAsync_ActiveSession_CompletedAndTransactionDataStored()
    {
        var tx = (await StartAsync(NewStart(meterStartWh: 1_000))).Session.TransactionId;

        var (result, session) = await StopAsync("CP-1", tx, NewStop(4_500), [Timed(T0.AddMinutes(30), ("4500", null, null))]);

        Assert.Equal(StopResult.Completed, result);
        Assert.NotNull(session);
        var stored = await SessionAsync(tx);
        Assert.Equal((SessionStatus.Completed, 4_500L, 3_500L), (stored.Status, stored.MeterStopWh, stored.EnergyWh));
        Assert.Equal(("EVDisconnected", "TAG1"), (stored.StopReason, stored.StopIdTag));
        Assert.Equal(1, await _db.CountAsync($"SELECT COUNT(*) FROM MeterSamples WHERE TransactionId = {tx}"));
        Assert.Empty(await AnomaliesAsync());
    }

    [Fact]
    public async Task StopAsync_UnknownTransaction_ReportedAndRecordedAsAnomaly()
    {
        var (result, session) = await StopAsync("CP-1", 4711, NewStop(4_500), [Timed(T0.AddMinutes(30), ("4500", null, null))]);

        Assert.Equal(StopResult.UnknownTransaction, result);
        Assert.Null(session);
        var anomaly = Assert.Single(await AnomaliesAsync());
        Assert.Equal((LedgerAnomalyKind.StopForUnknownTransaction, 4711, "CP-1"), (anomaly.Kind, anomaly.TransactionId, anomaly.ChargePointId));
        Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM ChargingSessions"));
    }

    [Fact]
    public async Task StopAsync_SameStopReplayed_ReplayedWithoutAnomaly()
    {
        var tx = (await StartAsync(NewStart(meterStartWh: 1_000))).Session.TransactionId;
        // The charger's clock is not UTC: the replay must still match what was stored as UTC ticks.
        var stop = NewStop(4_500) with { Timestamp = T0.AddMinutes(30).ToOffset(TimeSpan.FromHours(2)) };
        var data = new[] { Timed(T0.AddMinutes(30), ("4500", null, null)) };
        await StopAsync("CP-1", tx, stop, data);

        var (result, _) = await StopAsync("CP-1", tx, stop with { ReceivedAt = T0.AddHours(1) }, data);

        Assert.Equal(StopResult.Replayed, result);
        Assert.Empty(await AnomaliesAsync());
        Assert.Equal(1, await _db.CountAsync($"SELECT COUNT(*) FROM MeterSamples WHERE TransactionId = {tx}"));
        Assert.Equal(T0.AddMinutes(30).AddSeconds(1), (await SessionAsync(tx)).StopReceivedAt);
    }

    [Theory]
    [InlineData(0, 4_600)]
    [InlineData(60, 4_500)]
    public async Task StopAsync_DifferentSecondStop_AlreadyCompletedAnomalyAndSessionUnchanged(int secondsLater, long meterStopWh)
    {
        var tx = (await StartAsync(NewStart(meterStartWh: 1_000))).Session.TransactionId;
        await StopAsync("CP-1", tx, NewStop(4_500), []);

        var second = NewStop(meterStopWh) with { Timestamp = T0.AddMinutes(30).AddSeconds(secondsLater), Reason = "Other" };
        var (result, _) = await StopAsync("CP-1", tx, second, []);

        Assert.Equal(StopResult.AlreadyCompleted, result);
        var anomaly = Assert.Single(await AnomaliesAsync());
        Assert.Equal((LedgerAnomalyKind.StopForCompletedTransaction, tx), (anomaly.Kind, anomaly.TransactionId));
        var stored = await SessionAsync(tx);
        Assert.Equal((4_500L, T0.AddMinutes(30), "EVDisconnected", 3_500L), (stored.MeterStopWh, stored.EndedAt, stored.StopReason, stored.EnergyWh));
    }

    [Fact]
    public async Task StopAsync_InterruptedSession_CompletedWithWarning()
    {
        var old = (await StartAsync(NewStart(meterStartWh: 1_000))).Session.TransactionId;
        await StartAsync(NewStart(at: T0.AddHours(1)));

        var (result, _) = await StopAsync("CP-1", old, NewStop(2_000), []);

        Assert.Equal(StopResult.Completed, result);
        var stored = await SessionAsync(old);
        Assert.Equal((SessionStatus.Completed, SessionWarnings.CompletedAfterInterruption, 1_000L), (stored.Status, stored.Warnings, stored.EnergyWh));
    }

    [Fact]
    public async Task InterruptOpenSessionsAsync_Boot_InterruptsOnlyActiveSessionsOfThatChargePoint()
    {
        var active = (await StartAsync(NewStart(connectorId: 1))).Session.TransactionId;
        var completed = (await StartAsync(NewStart(connectorId: 2))).Session.TransactionId;
        await StopAsync("CP-1", completed, NewStop(1_500), []);
        var otherChargePoint = (await StartAsync(NewStart("CP-2"))).Session.TransactionId;
        var bootAt = T0.AddHours(2);

        var interrupted = await _db.WriteAsync((scope, ct) => SessionLedger.InterruptOpenSessionsAsync(scope, "CP-1", bootAt, ct));

        Assert.Equal([active], interrupted.Select(s => s.TransactionId));
        var stored = await SessionAsync(active);
        Assert.Equal((SessionStatus.Interrupted, bootAt, SessionLedger.RebootReason), (stored.Status, stored.InterruptedAt, stored.InterruptionReason));
        Assert.Equal(SessionStatus.Completed, (await SessionAsync(completed)).Status);
        Assert.Equal(SessionStatus.Active, (await SessionAsync(otherChargePoint)).Status);
        var anomaly = Assert.Single(await AnomaliesAsync());
        Assert.Equal((LedgerAnomalyKind.SessionInterruptedByBoot, active, "CP-1"), (anomaly.Kind, anomaly.TransactionId, anomaly.ChargePointId));
    }

    private static SessionStart NewStart(
        string chargePointId = "CP-1", int connectorId = 1, string idTag = "TAG1", DateTimeOffset? at = null, long meterStartWh = 1_000, DateTimeOffset? receivedAt = null) =>
        new(chargePointId, connectorId, idTag, at ?? T0, meterStartWh, null, AuthorizationOutcome.Accepted, receivedAt ?? at ?? T0);

    private static SessionStop NewStop(long meterStopWh) =>
        new(T0.AddMinutes(30), meterStopWh, "EVDisconnected", "TAG1", T0.AddMinutes(30).AddSeconds(1));

    private static TimedReadings Timed(DateTimeOffset at, params (string Value, string? Measurand, string? Unit)[] samples) =>
        new(at, samples.Select(s => SampledReading.From(s.Value, s.Measurand, null, s.Measurand == "SoC" ? "EV" : null, null, s.Unit, null)).ToList());

    private Task<StartResult> StartAsync(SessionStart start) =>
        _db.WriteAsync((scope, ct) => SessionLedger.StartAsync(scope, start, ct));

    private Task<MeteredSession?> RecordAsync(string chargePointId, int? transactionId, IReadOnlyList<TimedReadings> values) =>
        _db.WriteAsync((scope, ct) => Task.FromResult(SessionLedger.RecordMeterValues(scope, chargePointId, 1, transactionId, values, T0.AddMinutes(5), ct)));

    private Task<(StopResult Result, ChargingSession? Session)> StopAsync(string chargePointId, int transactionId, SessionStop stop, IReadOnlyList<TimedReadings> data) =>
        _db.WriteAsync((scope, ct) => SessionLedger.StopAsync(scope, chargePointId, transactionId, stop, data, ct));

    private async Task<ChargingSession> SessionAsync(int transactionId)
    {
        await using var context = _db.CreateContext();
        return await context.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == transactionId);
    }

    private async Task<List<LedgerAnomaly>> AnomaliesAsync()
    {
        await using var context = _db.CreateContext();
        return await context.LedgerAnomalies.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }
}

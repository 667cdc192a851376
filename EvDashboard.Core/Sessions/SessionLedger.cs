using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Sessions;

/// <summary>
/// The transaction ledger's operations, each run inside one unit of work of the database writer.
/// It never refuses what a charger reports (the charger may have acted offline): odd messages are
/// stored and recorded as anomalies, and the answer stays spec-conformant.
/// </summary>
internal static class SessionLedger
{
    public const string RebootReason = "Reboot";
    public const string SupersededReason = "Superseded";

    public static async Task<StartResult> StartAsync(WriteScope scope, SessionStart start, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var existing = await db.ChargingSessions.FirstOrDefaultAsync(
            s => s.ChargePointId == start.ChargePointId && s.ConnectorId == start.ConnectorId && s.StartedAt == start.Timestamp
                 && s.MeterStartWh == start.MeterStartWh && s.IdTag == start.IdTag,
            cancellationToken);
        if (existing is not null)
        {
            return new StartResult(existing, IsResend: true);
        }

        // A connector runs one session at a time: an older one still open lost its stop (stuck session).
        var stale = await db.ChargingSessions
            .Where(s => s.ChargePointId == start.ChargePointId && s.ConnectorId == start.ConnectorId && s.Status == SessionStatus.Active)
            .ToListAsync(cancellationToken);
        foreach (var old in stale.Where(s => s.StartedAt <= start.Timestamp))
        {
            old.Interrupt(start.ReceivedAt, SupersededReason);
            db.LedgerAnomalies.Add(new LedgerAnomaly(
                start.ChargePointId, LedgerAnomalyKind.SessionSuperseded, old.TransactionId,
                $"A new session started on connector {start.ConnectorId} while this one was still open.", start.ReceivedAt));
        }

        var session = ChargingSession.Start(start);
        db.ChargingSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new StartResult(session, IsResend: false);
    }

    /// <returns>The session the values belong to, or null when they are outside a (known) transaction.</returns>
    /// <remarks>Synchronous: SQLite does no asynchronous I/O, and the writer runs one unit at a time anyway.</remarks>
    public static MeteredSession? RecordMeterValues(
        WriteScope scope, string chargePointId, int connectorId, int? transactionId, IReadOnlyList<TimedReadings> meterValues, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        MeteredSession? session = null;
        if (transactionId is { } id)
        {
            // The hot path of the whole system: SQL instead of EF's tracking, the aggregate's meter rules all the same.
            session = SessionMeterStore.Find(scope, chargePointId, id, cancellationToken);
            if (session is null)
            {
                scope.Db.LedgerAnomalies.Add(new LedgerAnomaly(
                    chargePointId, LedgerAnomalyKind.MeterValuesForUnknownTransaction, id,
                    $"MeterValues for transaction {id}, which this charge point never started; samples kept without a session.", receivedAt));
            }
        }

        MeterSampleWriter.Insert(scope, chargePointId, connectorId, session?.TransactionId, meterValues, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var meter = session.Meter;
        foreach (var meterValue in meterValues)
        {
            var reading = meterValue.ToMeterReading();
            // One comparison per reading, no query: only a NEWER reading below the last register is a meter going backwards
            // (an older, offline-buffered reading below it is just history arriving late).
            if (reading.EnergyWh is { } wh && meter.LastMeterWh is { } lastWh && wh < lastWh && (meter.LastMeterAt is not { } lastAt || reading.Timestamp > lastAt))
            {
                scope.Db.LedgerAnomalies.Add(new LedgerAnomaly(
                    chargePointId, LedgerAnomalyKind.MeterRegisterDecreased, session.TransactionId,
                    $"The energy register went down from {lastWh} Wh to {wh} Wh at {reading.Timestamp:O}.", receivedAt));
            }

            meter = meter.Record(reading);
        }

        if (meter == session.Meter)
        {
            // A replay (or only late samples): the row already says this.
            return session;
        }

        SessionMeterStore.Save(scope, session.TransactionId, meter, cancellationToken);
        return session with { Meter = meter };
    }

    public static async Task<(StopResult Result, ChargingSession? Session)> StopAsync(
        WriteScope scope, string chargePointId, int transactionId, SessionStop stop, IReadOnlyList<TimedReadings> transactionData, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var session = await FindAsync(db, chargePointId, transactionId, cancellationToken);
        if (session is null)
        {
            // The samples are still the charger's measurements: kept without a session, like MeterValues for an unknown
            // transaction. StopTransaction names no connector, so they are filed under connector 0 (the charge point).
            MeterSampleWriter.Insert(scope, chargePointId, 0, null, transactionData, cancellationToken);
            db.LedgerAnomalies.Add(new LedgerAnomaly(
                chargePointId, LedgerAnomalyKind.StopForUnknownTransaction, transactionId,
                $"StopTransaction for unknown transaction {transactionId} (meterStop {stop.MeterStopWh} Wh, reason {stop.Reason}).", stop.ReceivedAt));
            return (StopResult.UnknownTransaction, null);
        }

        MeterSampleWriter.Insert(scope, chargePointId, session.ConnectorId, session.TransactionId, transactionData, cancellationToken);
        if (session.Status == SessionStatus.Completed)
        {
            if (session.EndedAt == stop.Timestamp && session.MeterStopWh == stop.MeterStopWh)
            {
                return (StopResult.Replayed, session);
            }

            db.LedgerAnomalies.Add(new LedgerAnomaly(
                chargePointId, LedgerAnomalyKind.StopForCompletedTransaction, transactionId,
                $"A second, different StopTransaction (meterStop {stop.MeterStopWh} Wh at {stop.Timestamp:O}) for a completed session; ignored.", stop.ReceivedAt));
            return (StopResult.AlreadyCompleted, session);
        }

        foreach (var meterValue in transactionData)
        {
            // Before the stop: the final SoC and readings of transactionData belong to the running session.
            session.RecordMeter(meterValue.ToMeterReading());
        }

        NoteMeterStopBelowRegister(db, session, stop);
        session.Stop(stop);
        return (StopResult.Completed, session);
    }

    /// <summary>OCPP 1.6 §4.2: after a (re)boot the charger has no running transaction; open ones are interrupted.</summary>
    public static async Task<IReadOnlyList<ChargingSession>> InterruptOpenSessionsAsync(WriteScope scope, string chargePointId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var open = await scope.Db.ChargingSessions
            .Where(s => s.ChargePointId == chargePointId && s.Status == SessionStatus.Active)
            .ToListAsync(cancellationToken);
        foreach (var session in open)
        {
            session.Interrupt(at, RebootReason);
            scope.Db.LedgerAnomalies.Add(new LedgerAnomaly(
                chargePointId, LedgerAnomalyKind.SessionInterruptedByBoot, session.TransactionId,
                $"The charge point booted while this session was open; energy so far {session.EnergyWh} Wh.", at));
        }

        return open;
    }

    private static void NoteMeterStopBelowRegister(EvDashboardDbContext db, ChargingSession session, SessionStop stop)
    {
        var lastRegister = session.LastMeterWh ?? session.MeterStartWh;
        if (stop.MeterStopWh < lastRegister)
        {
            db.LedgerAnomalies.Add(new LedgerAnomaly(
                session.ChargePointId, LedgerAnomalyKind.MeterRegisterDecreased, session.TransactionId,
                $"meterStop {stop.MeterStopWh} Wh is below the session's last register reading {lastRegister} Wh.", stop.ReceivedAt));
        }
    }

    // Compiled once: every MeterValues looks its session up, and EF's per-call query translation lookup is measurable at thousands per second.
    private static readonly Func<EvDashboardDbContext, int, string, CancellationToken, Task<ChargingSession?>> FindQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, int transactionId, string chargePointId, CancellationToken _) =>
            db.ChargingSessions.FirstOrDefault(s => s.TransactionId == transactionId && s.ChargePointId == chargePointId));

    private static Task<ChargingSession?> FindAsync(EvDashboardDbContext db, string chargePointId, int transactionId, CancellationToken cancellationToken) =>
        FindQuery(db, transactionId, chargePointId, cancellationToken);
}

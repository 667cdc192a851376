using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Live;

/// <summary>
/// Reads energy-register readings for <see cref="PowerHistory"/>: the first read takes a time range through the
/// (Timestamp, Measurand) index; later reads take only rows added since (primary-key ranges), so a tick costs
/// what arrived in it, and offline-buffered samples with old timestamps are still seen.
/// </summary>
internal sealed class PowerHistorySource(IDbContextFactory<EvDashboardDbContext> contexts)
{
    private long? _lastSampleId;
    private int _lastTransactionId;

    /// <param name="from">Where the first read starts.</param>
    /// <param name="stoppedSince">Sessions that ended since then give their meterStop as a reading.</param>
    public async Task<IReadOnlyList<PowerHistoryReading>> ReadAsync(DateTimeOffset from, DateTimeOffset stoppedSince, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        // A deferred transaction is a read snapshot: the high-water marks match exactly the rows read, without
        // taking the write lock that a default (IMMEDIATE) SQLite transaction would.
        await using var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot, cancellationToken);

        var maxSampleId = await db.MeterSamples.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        var maxTransactionId = await db.ChargingSessions.MaxAsync(s => (int?)s.TransactionId, cancellationToken) ?? 0;

        var samples = Registers(db);
        samples = _lastSampleId is { } lastId ? samples.Where(m => m.Id > lastId) : samples.Where(m => m.Timestamp >= from);
        var readings = await samples
            .Select(m => new PowerHistoryReading(m.TransactionId!.Value, m.Timestamp, m.Wh!.Value))
            .ToListAsync(cancellationToken);

        var sessions = db.ChargingSessions.AsNoTracking();
        var lastTx = _lastTransactionId;
        var starts = _lastSampleId is null ? sessions.Where(s => s.StartedAt >= from) : sessions.Where(s => s.TransactionId > lastTx);
        readings.AddRange(await starts.Select(s => new PowerHistoryReading(s.TransactionId, s.StartedAt, s.MeterStartWh)).ToListAsync(cancellationToken));
        var stopFrom = _lastSampleId is null ? from : stoppedSince;
        readings.AddRange(await sessions
            .Where(s => s.EndedAt >= stopFrom && s.MeterStopWh != null)
            .Select(s => new PowerHistoryReading(s.TransactionId, s.EndedAt!.Value, s.MeterStopWh!.Value))
            .ToListAsync(cancellationToken));

        _lastSampleId = maxSampleId;
        _lastTransactionId = maxTransactionId;
        return readings;
    }

    /// <summary>The billing register of sessions (what <see cref="SampledReading.IsBillingRegister"/> accepts).</summary>
    private static IQueryable<MeterSample> Registers(EvDashboardDbContext db) => db.MeterSamples.AsNoTracking().Where(m =>
        m.Measurand == SampledReading.EnergyRegister && m.Phase == "" && m.TransactionId != null && m.Wh != null
        && (m.Location == "Outlet" || m.Location == "Cable" || m.Location == "EV"));
}

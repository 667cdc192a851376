using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>
/// The recent ledger anomalies the alert rules watch, kept in memory and topped up by primary key each pass: the
/// anomaly table is indexed by charge point, not by time, so "everything in the last N minutes" is read once at start
/// (one filtered scan) and afterwards only rows with a higher id are read.
/// </summary>
internal sealed class AnomalyWindow
{
    private static readonly LedgerAnomalyKind[] Watched = [LedgerAnomalyKind.StopForUnknownTransaction, LedgerAnomalyKind.MeterRegisterDecreased];
    private readonly Lock _gate = new();
    private List<RecentAnomaly> _rows = [];
    private long _lastId;
    private TimeSpan _kept = TimeSpan.MinValue;

    public async Task<IReadOnlyList<RecentAnomaly>> ReadAsync(
        EvDashboardDbContext db, LedgerAnomalyKind kind, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long lastId;
        lock (_gate)
        {
            if (window > _kept)
            {
                // A longer window than kept (first pass, or the threshold was raised): read it afresh.
                _rows = [];
                _lastId = 0;
                _kept = window;
            }

            lastId = _lastId;
        }

        var from = now - _kept;
        var fresh = await db.LedgerAnomalies.AsNoTracking()
            .Where(a => a.Id > lastId && Watched.Contains(a.Kind) && a.At >= from)
            .OrderBy(a => a.Id)
            .Select(a => new RecentAnomaly(a.Id, a.ChargePointId, a.Kind, a.TransactionId, a.Detail, a.At))
            .ToListAsync(cancellationToken);
        lock (_gate)
        {
            _rows = [.. _rows.Where(r => r.At >= from), .. fresh.Where(r => r.Id > _lastId)];
            _lastId = Math.Max(_lastId, fresh.Count == 0 ? lastId : fresh[^1].Id);
            var windowStart = now - window;
            return _rows.Where(r => r.Kind == kind && r.At >= windowStart).ToList();
        }
    }
}

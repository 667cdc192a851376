using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs.Calculation;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>
/// Reads what the calculator prices from the ledger. Register readings: the transaction's billing register samples
/// (<see cref="SampledReading.IsBillingRegister"/>: Energy.Active.Import.Register, no phase, at the outlet, cable or
/// EV), served by the (TransactionId, Timestamp) index. Statuses: the connector's last change at or before the start
/// (the state the session began in) and every later one up to the end, served by the unique
/// (ChargePointId, ConnectorId, Timestamp, ...) index.
/// </summary>
internal static class SessionTimelineReader
{
    /// <param name="until">The end of a completed session; null for a running one (every change so far).</param>
    public static async Task<TimelineEvents> ReadAsync(
        EvDashboardDbContext db, int transactionId, string chargePointId, int connectorId, DateTimeOffset startedAt, DateTimeOffset? until,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var readings = await ReadRegistersAsync(db, transactionId, cancellationToken);
        var statuses = await ReadStatusesAsync(db, chargePointId, connectorId, startedAt, until, cancellationToken);
        return new TimelineEvents(readings, statuses);
    }

    /// <summary>The transaction's billing register samples in time order (also used to check the query plan).</summary>
    internal static IQueryable<MeterSample> Registers(EvDashboardDbContext db, int transactionId) =>
        db.MeterSamples.AsNoTracking()
            .Where(m => m.TransactionId == transactionId && m.Measurand == SampledReading.EnergyRegister && m.Phase == "" && m.Wh != null
                        && (m.Location == "Outlet" || m.Location == "Cable" || m.Location == "EV"))
            .OrderBy(m => m.Timestamp).ThenBy(m => m.Id);

    /// <summary>The connector's status changes at or before <paramref name="startedAt"/>, newest first (also used to check the query plan).</summary>
    internal static IQueryable<ConnectorStatusChange> StatusesBefore(EvDashboardDbContext db, string chargePointId, int connectorId, DateTimeOffset startedAt) =>
        db.ConnectorStatusChanges.AsNoTracking()
            .Where(c => c.ChargePointId == chargePointId && c.ConnectorId == connectorId && c.Timestamp <= startedAt)
            // By time alone: the index then yields the newest first and the scan stops at one row (ordering by Id too would sort all of them).
            .OrderByDescending(c => c.Timestamp);

    /// <summary>The connector's status changes after <paramref name="startedAt"/> (up to <paramref name="until"/>), in time order.</summary>
    internal static IQueryable<ConnectorStatusChange> StatusesAfter(
        EvDashboardDbContext db, string chargePointId, int connectorId, DateTimeOffset startedAt, DateTimeOffset? until)
    {
        var later = db.ConnectorStatusChanges.AsNoTracking()
            .Where(c => c.ChargePointId == chargePointId && c.ConnectorId == connectorId && c.Timestamp > startedAt);
        if (until is { } end)
        {
            later = later.Where(c => c.Timestamp <= end);
        }

        return later.OrderBy(c => c.Timestamp).ThenBy(c => c.Id);
    }

    private static async Task<IReadOnlyList<EnergyReading>> ReadRegistersAsync(EvDashboardDbContext db, int transactionId, CancellationToken cancellationToken)
    {
        var rows = await Registers(db, transactionId).Select(m => new { m.Timestamp, Wh = m.Wh!.Value }).ToListAsync(cancellationToken);

        // Two registers in one meterValue (outlet and EV): the session's meter takes the last one sent, and so does its price.
        var readings = new List<EnergyReading>(rows.Count);
        foreach (var row in rows)
        {
            if (readings.Count > 0 && readings[^1].At == row.Timestamp)
            {
                readings[^1] = new EnergyReading(row.Timestamp, row.Wh);
            }
            else
            {
                readings.Add(new EnergyReading(row.Timestamp, row.Wh));
            }
        }

        return readings;
    }

    private static async Task<IReadOnlyList<StatusPoint>> ReadStatusesAsync(
        EvDashboardDbContext db, string chargePointId, int connectorId, DateTimeOffset startedAt, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var before = await StatusesBefore(db, chargePointId, connectorId, startedAt).Select(c => new { c.Timestamp, c.Status }).FirstOrDefaultAsync(cancellationToken);
        var rows = await StatusesAfter(db, chargePointId, connectorId, startedAt, until).Select(c => new { c.Timestamp, c.Status }).ToListAsync(cancellationToken);
        var statuses = new List<StatusPoint>(rows.Count + 1);
        if (before is not null)
        {
            statuses.Add(new StatusPoint(before.Timestamp, before.Status));
        }

        statuses.AddRange(rows.Select(r => new StatusPoint(r.Timestamp, r.Status)));
        return statuses;
    }
}

using EvDashboard.Core.Common;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// The latest network events from the database: status changes (by receive time, indexed), session starts and
/// stops (by start/end, indexed), boots, and connects/disconnects (written every few seconds by the presence flusher).
/// </summary>
internal static class NetworkEventReader
{
    public static async Task<IReadOnlyList<NetworkEvent>> LatestAsync(EvDashboardDbContext db, int limit, CancellationToken cancellationToken)
    {
        var statuses = await db.ConnectorStatusChanges.AsNoTracking()
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Take(limit)
            .Select(c => new NetworkEvent(c.Timestamp, NetworkEventKind.StatusChanged, c.ChargePointId, c.ConnectorId, c.Status, c.ErrorCode, null, null, null, null))
            .ToListAsync(cancellationToken);

        var started = await db.ChargingSessions.AsNoTracking()
            .OrderByDescending(s => s.StartedAt).Take(limit)
            .Select(s => new { s.StartReceivedAt, s.ChargePointId, s.ConnectorId, s.TransactionId, s.IdTag, s.MeterStartWh })
            .ToListAsync(cancellationToken);

        var ended = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.EndedAt != null).OrderByDescending(s => s.EndedAt).Take(limit)
            .Select(s => new { At = s.StopReceivedAt ?? s.EndedAt!.Value, s.ChargePointId, s.ConnectorId, s.TransactionId, s.IdTag, s.EnergyWh })
            .ToListAsync(cancellationToken);

        var boots = await db.ChargePoints.AsNoTracking()
            .Where(c => c.LastBootAt != null).OrderByDescending(c => c.LastBootAt).Take(limit)
            .Select(c => new NetworkEvent(c.LastBootAt!.Value, NetworkEventKind.Booted, c.Id, null, null, null, null, null, null, c.Vendor + " " + c.Model))
            .ToListAsync(cancellationToken);

        var connections = await db.ConnectionEvents.AsNoTracking()
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(limit)
            .Select(e => new NetworkEvent(e.At, e.IsOnline ? NetworkEventKind.Online : NetworkEventKind.Offline, e.ChargePointId, null, null, null, null, null, null, null))
            .ToListAsync(cancellationToken);

        return statuses
            .Concat(connections)
            .Concat(started.Select(s => new NetworkEvent(
                s.StartReceivedAt, NetworkEventKind.SessionStarted, s.ChargePointId, s.ConnectorId, TransactionId: s.TransactionId, MaskedIdTag: IdTagMask.Mask(s.IdTag))))
            .Concat(ended.Select(s => NetworkEvent.Session(s.At, NetworkEventKind.SessionStopped, s.ChargePointId, s.ConnectorId, s.TransactionId, s.IdTag, s.EnergyWh)))
            .Concat(boots)
            .OrderByDescending(e => e.At)
            .Take(limit)
            .ToList();
    }
}

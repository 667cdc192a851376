using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// Reads the planner's snapshots for the charge points where a playbook could have something to do: a run going,
/// a connector Faulted or Finishing, an unresolved exhausted alert, or a connection not yet reviewed.
/// </summary>
internal sealed class PlaybookStateReader(IDbContextFactory<EvDashboardDbContext> contexts, IChargePointMessenger messenger, ReconnectTracker tracker)
{
    private const int EndedRunsPerChargePoint = 50;

    /// <param name="connections">Charge points whose new connection is up for review, besides the stored candidates.</param>
    public async Task<IReadOnlyList<PlaybookSnapshot>> ReadAsync(DateTimeOffset now, IEnumerable<string> connections, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await CandidatesAsync(db, connections, cancellationToken);
        var snapshots = new List<PlaybookSnapshot>(ids.Count);
        foreach (var id in ids)
        {
            if (await ReadOneAsync(db, id, now, cancellationToken) is { } snapshot)
            {
                snapshots.Add(snapshot);
            }
        }

        return snapshots;
    }

    private static async Task<List<string>> CandidatesAsync(EvDashboardDbContext db, IEnumerable<string> connections, CancellationToken cancellationToken)
    {
        var running = await db.PlaybookRuns.AsNoTracking().Where(r => r.Status == PlaybookRunStatus.Running).Select(r => r.ChargePointId).ToListAsync(cancellationToken);
        var stuck = await db.Connectors.AsNoTracking()
            .Where(c => c.Status == ConnectorStatus.Faulted || c.Status == ConnectorStatus.Finishing).Select(c => c.ChargePointId).ToListAsync(cancellationToken);
        var alerted = await db.Alerts.AsNoTracking()
            .Where(a => a.RuleKey == AlertRuleKeys.PlaybookExhausted && a.ResolvedAt == null && a.ChargePointId != null)
            .Select(a => a.ChargePointId!).ToListAsync(cancellationToken);
        return running.Concat(stuck).Concat(alerted).Concat(connections).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<PlaybookSnapshot?> ReadOneAsync(EvDashboardDbContext db, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chargePoint = await db.ChargePoints.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.PlaybooksOff }).FirstOrDefaultAsync(cancellationToken);
        if (chargePoint is null)
        {
            return null;
        }

        var active = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.ChargePointId == id && s.EndedAt == null && s.Status == SessionStatus.Active).Select(s => s.ConnectorId).ToListAsync(cancellationToken);
        var connectors = (await db.Connectors.AsNoTracking().Where(c => c.ChargePointId == id)
                .Select(c => new { c.ConnectorId, c.Status, c.StatusSince }).ToListAsync(cancellationToken))
            .Select(c => new ConnectorSnapshot(c.ConnectorId, c.Status, c.StatusSince, active.Contains(c.ConnectorId)))
            .ToList();
        var runs = await db.PlaybookRuns.AsNoTracking().Where(r => r.ChargePointId == id)
            .OrderByDescending(r => r.Id).Take(EndedRunsPerChargePoint).ToListAsync(cancellationToken);
        var running = new List<RunSnapshot>();
        foreach (var run in runs.Where(r => r.Status == PlaybookRunStatus.Running))
        {
            running.Add(new RunSnapshot(run.Id, run.Playbook, run.ConnectorId, run.Step, run.StartedAt, run.LastStepAt, run.NextStepAt,
                run.Playbook == PlaybookKeys.RemoteStartRetry ? await RetryPayloadAsync(db, run, cancellationToken) : null));
        }

        var hourAgo = now.AddHours(-1);
        var actions = await db.CommandRecords.AsNoTracking()
            .Where(c => c.ChargePointId == id && c.RequestedBy == PlaybookKeys.Actor && c.SentAt > hourAgo).Select(c => c.SentAt).ToListAsync(cancellationToken);
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => a.RuleKey == AlertRuleKeys.PlaybookExhausted && a.ResolvedAt == null && a.ChargePointId == id).Select(a => a.Subject).ToListAsync(cancellationToken);
        var (onlineSince, offlineBefore) = await PresenceAsync(db, id, cancellationToken);
        return new PlaybookSnapshot(
            id, chargePoint.PlaybooksOff, messenger.IsConnected(id), onlineSince, offlineBefore, connectors, running,
            runs.Where(r => r.EndedAt is not null).GroupBy(r => (r.Playbook, r.ConnectorId)).ToDictionary(g => g.Key, g => g.Max(r => r.EndedAt!.Value)),
            runs.Where(r => r.Playbook == PlaybookKeys.OfflineRecovery).Select(r => (DateTimeOffset?)r.StartedAt).Max(),
            actions, alerts);
    }

    /// <summary>The tracker's view; for a connection whose outage began before this process did, the stored offline event.</summary>
    private async Task<(DateTimeOffset? OnlineSince, DateTimeOffset? OfflineBefore)> PresenceAsync(EvDashboardDbContext db, string id, CancellationToken cancellationToken)
    {
        var (onlineSince, offlineBefore) = tracker.Get(id);
        if (onlineSince is { } online && offlineBefore is null)
        {
            var stored = await db.ConnectionEvents.AsNoTracking()
                .Where(e => e.ChargePointId == id && !e.IsOnline && e.At <= online)
                .OrderByDescending(e => e.Id).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken);
            offlineBefore = stored;
        }

        return (onlineSince, offlineBefore);
    }

    /// <summary>The operator's RemoteStartTransaction the run retries: the newest one sent to the charge point before the run began.</summary>
    private static Task<string?> RetryPayloadAsync(EvDashboardDbContext db, PlaybookRun run, CancellationToken cancellationToken) =>
        db.CommandRecords.AsNoTracking()
            .Where(c => c.ChargePointId == run.ChargePointId && c.Action == OcppActions.RemoteStartTransaction
                && c.RequestedBy != PlaybookKeys.Actor && c.SentAt <= run.StartedAt)
            .OrderByDescending(c => c.Id).Select(c => c.RequestJson).FirstOrDefaultAsync(cancellationToken);
}

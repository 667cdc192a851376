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
/// a connector Faulted or Finishing, an unresolved exhausted alert, or a connection not yet reviewed. The charge points
/// are read together, a few queries per chunk rather than seven per charge point: a reconnect storm brings thousands of
/// connections up for review, and one by one their reads were a sixth of the server's CPU time.
/// </summary>
internal sealed class PlaybookStateReader(IDbContextFactory<EvDashboardDbContext> contexts, IChargePointMessenger messenger, ReconnectTracker tracker)
{
    private const int EndedRunsPerChargePoint = 50;

    /// <summary>Charge points per set of queries (each id is a literal in an IN list).</summary>
    private const int ChunkSize = 500;

    // Compiled once: after a restart every reconnecting charge point's outage began before this process, and is read here.
    private static readonly Func<EvDashboardDbContext, string, DateTimeOffset, CancellationToken, Task<DateTimeOffset?>> OfflineBeforeQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, string id, DateTimeOffset online, CancellationToken _) =>
            db.ConnectionEvents.AsNoTracking()
                .Where(e => e.ChargePointId == id && !e.IsOnline && e.At <= online)
                .OrderByDescending(e => e.Id).Select(e => (DateTimeOffset?)e.At).FirstOrDefault());

    /// <param name="connections">Charge points whose new connection is up for review, besides the stored candidates.</param>
    public async Task<IReadOnlyList<PlaybookSnapshot>> ReadAsync(DateTimeOffset now, IEnumerable<string> connections, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await CandidatesAsync(db, connections, cancellationToken);
        var snapshots = new List<PlaybookSnapshot>(ids.Count);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            await ReadChunkAsync(db, [.. chunk], now, snapshots, cancellationToken);
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

    /// <param name="ids">A list, not an array: C# 14 binds an array's Contains to a span overload, which EF Core 6 cannot evaluate.</param>
    private async Task ReadChunkAsync(EvDashboardDbContext db, List<string> ids, DateTimeOffset now, List<PlaybookSnapshot> snapshots, CancellationToken cancellationToken)
    {
        var playbooksOff = await db.ChargePoints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.PlaybooksOff }).ToDictionaryAsync(c => c.Id, c => c.PlaybooksOff, StringComparer.Ordinal, cancellationToken);
        var active = (await db.ChargingSessions.AsNoTracking()
                .Where(s => ids.Contains(s.ChargePointId) && s.EndedAt == null && s.Status == SessionStatus.Active)
                .Select(s => new { s.ChargePointId, s.ConnectorId }).ToListAsync(cancellationToken))
            .ToLookup(s => s.ChargePointId, s => s.ConnectorId, StringComparer.Ordinal);
        var connectors = (await db.Connectors.AsNoTracking().Where(c => ids.Contains(c.ChargePointId))
                .Select(c => new { c.ChargePointId, c.ConnectorId, c.Status, c.StatusSince }).ToListAsync(cancellationToken))
            .ToLookup(c => c.ChargePointId, c => new ConnectorSnapshot(c.ConnectorId, c.Status, c.StatusSince, active[c.ChargePointId].Contains(c.ConnectorId)), StringComparer.Ordinal);
        // Most charge points have never had a run: only those that have are read one by one (their newest runs).
        var withRuns = (await db.PlaybookRuns.AsNoTracking().Where(r => ids.Contains(r.ChargePointId)).Select(r => r.ChargePointId).Distinct()
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var hourAgo = now.AddHours(-1);
        var actions = (await db.CommandRecords.AsNoTracking()
                .Where(c => ids.Contains(c.ChargePointId) && c.RequestedBy == PlaybookKeys.Actor && c.SentAt > hourAgo)
                .Select(c => new { c.ChargePointId, c.SentAt }).ToListAsync(cancellationToken))
            .ToLookup(c => c.ChargePointId, c => c.SentAt, StringComparer.Ordinal);
        var alerts = (await db.Alerts.AsNoTracking()
                .Where(a => a.RuleKey == AlertRuleKeys.PlaybookExhausted && a.ResolvedAt == null && a.ChargePointId != null && ids.Contains(a.ChargePointId))
                .Select(a => new { ChargePointId = a.ChargePointId!, a.Subject }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ChargePointId, a => a.Subject, StringComparer.Ordinal);

        foreach (var id in ids)
        {
            if (!playbooksOff.TryGetValue(id, out var off))
            {
                continue;
            }

            var runs = withRuns.Contains(id)
                ? await db.PlaybookRuns.AsNoTracking().Where(r => r.ChargePointId == id).OrderByDescending(r => r.Id).Take(EndedRunsPerChargePoint).ToListAsync(cancellationToken)
                : [];
            var running = new List<RunSnapshot>();
            foreach (var run in runs.Where(r => r.Status == PlaybookRunStatus.Running))
            {
                running.Add(new RunSnapshot(run.Id, run.Playbook, run.ConnectorId, run.Step, run.StartedAt, run.LastStepAt, run.NextStepAt,
                    run.Playbook == PlaybookKeys.RemoteStartRetry ? await RetryPayloadAsync(db, run, cancellationToken) : null));
            }

            var (onlineSince, offlineBefore) = await PresenceAsync(db, id, cancellationToken);
            snapshots.Add(new PlaybookSnapshot(
                id, off, messenger.IsConnected(id), onlineSince, offlineBefore, connectors[id].OrderBy(c => c.ConnectorId).ToList(), running,
                runs.Where(r => r.EndedAt is not null).GroupBy(r => (r.Playbook, r.ConnectorId)).ToDictionary(g => g.Key, g => g.Max(r => r.EndedAt!.Value)),
                runs.Where(r => r.Playbook == PlaybookKeys.OfflineRecovery).Select(r => (DateTimeOffset?)r.StartedAt).Max(),
                actions[id].ToList(), alerts[id].ToList()));
        }
    }

    /// <summary>The tracker's view; for a connection whose outage began before this process did, the stored offline event.</summary>
    private async Task<(DateTimeOffset? OnlineSince, DateTimeOffset? OfflineBefore)> PresenceAsync(EvDashboardDbContext db, string id, CancellationToken cancellationToken)
    {
        var (onlineSince, offlineBefore) = tracker.Get(id);
        if (onlineSince is { } online && offlineBefore is null)
        {
            offlineBefore = await OfflineBeforeQuery(db, id, online, cancellationToken);
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

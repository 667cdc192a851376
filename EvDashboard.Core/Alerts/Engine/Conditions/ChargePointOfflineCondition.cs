using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>
/// An approved charge point that has been seen but is not connected now. The live presence knows who is connected
/// (keep-alive pongs already drop dead sockets); the disconnect time comes from presence, else the last offline event,
/// else the stored last-seen time (after a restart nobody is connected yet, so the database has the answer).
/// </summary>
internal sealed class ChargePointOfflineCondition(ChargePointPresence presence) : IAlertConditionSource
{
    public string RuleKey => AlertRuleKeys.ChargePointOffline;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.ThresholdMinutes(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seen = await db.ChargePoints.AsNoTracking()
            .Where(c => c.Approval == ChargePointApproval.Approved && c.LastSeenAt != null)
            .Select(c => new { c.Id, c.Name, c.LastSeenAt })
            .ToListAsync(cancellationToken);
        var offline = seen.Where(c => !presence.IsOnline(c.Id)).ToList();
        var result = new List<HoldingCondition>(offline.Count);
        foreach (var cp in offline)
        {
            // Presence saw the disconnect itself; without it (after a restart) the newest offline event is an index seek.
            var since = presence.LastSeen(cp.Id) ?? Latest(await LastOfflineAsync(db, cp.Id, cancellationToken), cp.LastSeenAt);
            var name = cp.Name is null ? cp.Id : $"{cp.Name} ({cp.Id})";
            result.Add(new HoldingCondition(
                $"cp/{cp.Id}", cp.Id, null, null, since is { } s ? ConditionDelays.NotAfter(s, now) : null,
                $"{name} is offline: no connection since {since:yyyy-MM-dd HH:mm} UTC."));
        }

        return result;
    }

    private static Task<DateTimeOffset?> LastOfflineAsync(EvDashboardDbContext db, string chargePointId, CancellationToken cancellationToken) =>
        db.ConnectionEvents.AsNoTracking()
            .Where(e => e.ChargePointId == chargePointId && !e.IsOnline)
            .OrderByDescending(e => e.At)
            .Select(e => (DateTimeOffset?)e.At)
            .FirstOrDefaultAsync(cancellationToken);

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null || a > b ? a : b;
}

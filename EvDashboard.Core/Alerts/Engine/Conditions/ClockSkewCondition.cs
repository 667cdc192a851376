using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>
/// The charge point's clock differs from ours by more than N seconds, judged from ReceivedAt − Timestamp of its newest
/// StatusNotifications while it is online. A timestamp in the future is skew at once. An old timestamp may be a message
/// buffered while offline and flushed after a reconnect, so it counts only when the two newest messages were received
/// at least <see cref="MinSpacing"/> apart (a flush arrives in a burst) and show the same offset (buffered messages carry
/// offsets that shrink towards now; a slow clock keeps one offset).
/// </summary>
internal sealed class ClockSkewCondition(ChargePointPresence presence) : IAlertConditionSource
{
    public static readonly TimeSpan MinSpacing = TimeSpan.FromSeconds(30);

    /// <summary>How far back messages are read (the ReceivedAt index); a quiet charge point keeps its last verdict this long.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromHours(6);

    public string RuleKey => AlertRuleKeys.ClockSkew;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.Debounce(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now - LookBack;
        var recent = await db.ConnectorStatusChanges.AsNoTracking()
            .Where(h => h.ReceivedAt >= from)
            .Select(h => new { h.ChargePointId, h.ReceivedAt, h.Timestamp, h.Id })
            .ToListAsync(cancellationToken);
        var limit = TimeSpan.FromSeconds(rule.Threshold ?? 0);
        var result = new List<HoldingCondition>();
        foreach (var group in recent.GroupBy(h => h.ChargePointId, StringComparer.Ordinal).Where(g => presence.IsOnline(g.Key)))
        {
            var newest = group.OrderByDescending(h => h.ReceivedAt).ThenByDescending(h => h.Id).Take(2).ToList();
            var offset = newest[0].ReceivedAt - newest[0].Timestamp;
            DateTimeOffset? since = null;
            if (-offset > limit)
            {
                since = newest[0].ReceivedAt;
            }
            else if (offset > limit && newest.Count == 2 && newest[0].ReceivedAt - newest[1].ReceivedAt >= MinSpacing
                     && (offset - (newest[1].ReceivedAt - newest[1].Timestamp)).Duration() <= limit / 2)
            {
                since = newest[1].ReceivedAt;
            }

            if (since is { } at)
            {
                var ahead = offset < TimeSpan.Zero;
                result.Add(new HoldingCondition(
                    $"cp/{group.Key}", group.Key, null, null, ConditionDelays.NotAfter(at, now),
                    $"{group.Key}'s clock is {Math.Round(offset.Duration().TotalSeconds):0} seconds {(ahead ? "ahead of" : "behind")} the server's (limit {rule.Threshold} s); check its time source (NTP).",
                    $"Newest StatusNotification stamped {newest[0].Timestamp:O}, received {newest[0].ReceivedAt:O}."));
            }
        }

        return result;
    }
}

using EvDashboard.Core.Common;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>Refused or unknown idTags at a charge point in the last N minutes; holds while the window has any.</summary>
internal sealed class AuthorizationRejectedCondition : IAlertConditionSource
{
    private const int MaxTagsNamed = 5;

    public string RuleKey => AlertRuleKeys.AuthorizationRejected;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.Debounce(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now - ConditionDelays.WindowMinutes(rule);
        var refused = await db.AuthorizationRecords.AsNoTracking()
            .Where(a => a.At >= from && a.Outcome != AuthorizationOutcome.Accepted)
            .Select(a => new { a.ChargePointId, a.IdTag, a.Outcome, a.IsKnownTag, a.At })
            .ToListAsync(cancellationToken);
        return refused
            .GroupBy(a => a.ChargePointId, StringComparer.Ordinal)
            .Select(g =>
            {
                var tags = g.GroupBy(a => a.IdTag, StringComparer.OrdinalIgnoreCase)
                    .Select(t => $"{IdTagMask.Mask(t.Key)} ({(t.Any(a => !a.IsKnownTag) ? "unknown" : t.Last().Outcome.ToString())})")
                    .ToList();
                var named = string.Join(", ", tags.Take(MaxTagsNamed)) + (tags.Count > MaxTagsNamed ? $" and {tags.Count - MaxTagsNamed} more" : string.Empty);
                var count = g.Count();
                return new HoldingCondition(
                    $"cp/{g.Key}", g.Key, null, null, g.Min(a => a.At),
                    $"{g.Key} refused {count} authorisation{(count == 1 ? string.Empty : "s")} in the last {rule.Threshold} minutes: {named}.");
            })
            .ToList();
    }
}

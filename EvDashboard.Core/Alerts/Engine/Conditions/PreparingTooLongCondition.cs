using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>A connector stays Preparing (plugged in or card shown) without a session starting on it.</summary>
internal sealed class PreparingTooLongCondition : IAlertConditionSource
{
    public string RuleKey => AlertRuleKeys.PreparingTooLong;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.ThresholdMinutes(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var preparing = await db.Connectors.AsNoTracking()
            .Where(c => c.Status == ConnectorStatus.Preparing && c.ConnectorId > 0)
            .Where(c => !db.ChargingSessions.Any(s => s.ChargePointId == c.ChargePointId && s.ConnectorId == c.ConnectorId && s.Status == SessionStatus.Active))
            .Select(c => new { c.ChargePointId, c.ConnectorId, c.StatusSince })
            .ToListAsync(cancellationToken);
        return preparing.ConvertAll(c => new HoldingCondition(
            $"cp/{c.ChargePointId}/{c.ConnectorId}", c.ChargePointId, c.ConnectorId, null,
            c.StatusSince is { } since ? ConditionDelays.NotAfter(since, now) : null,
            $"{c.ChargePointId} connector {c.ConnectorId} has been Preparing for over {rule.Threshold} minutes without a session starting."));
    }
}

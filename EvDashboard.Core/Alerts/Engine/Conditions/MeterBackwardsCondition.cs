using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>A session's energy register went down (a newer reading, or meterStop, below the last one) in the last N minutes.</summary>
internal sealed class MeterBackwardsCondition(AnomalyWindow anomalies) : IAlertConditionSource
{
    public string RuleKey => AlertRuleKeys.MeterBackwards;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.Debounce(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await anomalies.ReadAsync(db, LedgerAnomalyKind.MeterRegisterDecreased, ConditionDelays.WindowMinutes(rule), now, cancellationToken);
        return rows.GroupBy(r => r.ChargePointId, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.OrderBy(r => r.Id).Last();
                return new HoldingCondition(
                    $"cp/{g.Key}", g.Key, null, latest.TransactionId, g.Min(r => r.At),
                    $"{g.Key}: the energy register went backwards in transaction {latest.TransactionId}; the meter or its configuration is suspect.",
                    latest.Detail);
            })
            .ToList();
    }
}

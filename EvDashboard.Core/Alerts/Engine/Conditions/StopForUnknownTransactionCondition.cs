using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>StopTransactions for transactions this system never started, per charge point, in the last N minutes.</summary>
internal sealed class StopForUnknownTransactionCondition(AnomalyWindow anomalies) : IAlertConditionSource
{
    public string RuleKey => AlertRuleKeys.StopForUnknownTransaction;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.Debounce(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await anomalies.ReadAsync(db, LedgerAnomalyKind.StopForUnknownTransaction, ConditionDelays.WindowMinutes(rule), now, cancellationToken);
        return rows.GroupBy(r => r.ChargePointId, StringComparer.Ordinal)
            .Select(g =>
            {
                var ids = string.Join(", ", g.Select(r => r.TransactionId).Distinct().Take(5));
                return new HoldingCondition(
                    $"cp/{g.Key}", g.Key, null, null, g.Min(r => r.At),
                    $"{g.Key} stopped transaction(s) {ids} that this system never started (in the last {rule.Threshold} minutes).",
                    g.OrderBy(r => r.Id).Last().Detail);
            })
            .ToList();
    }
}

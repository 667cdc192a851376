using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>
/// A connector says Charging but its session's energy register has not increased for N minutes (the EV stopped drawing).
/// The last increase is found from the session's own samples through the (TransactionId, Timestamp) index: one seek back
/// to the newest reading below the current register, and only for a session that looks stalled, one seek forward.
/// </summary>
internal sealed class EnergyStalledCondition : IAlertConditionSource
{
    public string RuleKey => AlertRuleKeys.EnergyStalled;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.ThresholdMinutes(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var charging = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Active)
            .Where(s => db.Connectors.Any(c => c.ChargePointId == s.ChargePointId && c.ConnectorId == s.ConnectorId && c.Status == ConnectorStatus.Charging))
            .Select(s => new { s.TransactionId, s.ChargePointId, s.ConnectorId, s.StartedAt, Register = s.LastMeterWh ?? s.MeterStartWh })
            .ToListAsync(cancellationToken);
        var threshold = ConditionDelays.WindowMinutes(rule);
        var result = new List<HoldingCondition>();
        foreach (var s in charging)
        {
            var since = await LastIncreaseAsync(db, s.TransactionId, s.Register, s.StartedAt, now - threshold, cancellationToken);
            if (since is { } at && now - at >= threshold)
            {
                result.Add(new HoldingCondition(
                    $"tx/{s.TransactionId}", s.ChargePointId, s.ConnectorId, s.TransactionId, ConditionDelays.NotAfter(at, now),
                    $"{s.ChargePointId} connector {s.ConnectorId} is Charging but the energy register has stayed at {s.Register} Wh for over {rule.Threshold} minutes (transaction {s.TransactionId})."));
            }
        }

        return result;
    }

    /// <returns>When the register reached its present value; null when that was after <paramref name="stalledBefore"/> (not stalled).</returns>
    private static async Task<DateTimeOffset?> LastIncreaseAsync(
        EvDashboardDbContext db, int transactionId, long register, DateTimeOffset startedAt, DateTimeOffset stalledBefore, CancellationToken cancellationToken)
    {
        var registers = db.MeterSamples.AsNoTracking()
            .Where(m => m.TransactionId == transactionId && m.Measurand == SampledReading.EnergyRegister && m.Phase == string.Empty && m.Wh != null);
        var lastBelow = await registers.Where(m => m.Wh < register)
            .OrderByDescending(m => m.Timestamp).Select(m => (DateTimeOffset?)m.Timestamp).FirstOrDefaultAsync(cancellationToken);
        if (lastBelow is { } below && below >= stalledBefore)
        {
            return null;
        }

        var reached = lastBelow is { } after
            ? await registers.Where(m => m.Timestamp > after).OrderBy(m => m.Timestamp).Select(m => (DateTimeOffset?)m.Timestamp).FirstOrDefaultAsync(cancellationToken)
            : null;
        return reached ?? lastBelow ?? startedAt;
    }
}

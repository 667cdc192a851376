using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>
/// Occupied but not charging (SuspendedEV, SuspendedEVSE, Finishing) since charging ended: the connector's history shows
/// Charging before the idle run, or the session on it completed during it. The alert carries the session, so an
/// opted-in driver hears that the idle fee is starting.
/// </summary>
internal sealed class IdleBlockingCondition : IAlertConditionSource
{
    private const int HistoryLookBack = 20;
    private static readonly ConnectorStatus[] Idle = [ConnectorStatus.SuspendedEV, ConnectorStatus.SuspendedEVSE, ConnectorStatus.Finishing];

    public string RuleKey => AlertRuleKeys.IdleBlocking;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.ThresholdMinutes(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var occupied = await db.Connectors.AsNoTracking()
            .Where(c => c.ConnectorId > 0 && Idle.Contains(c.Status))
            .Select(c => new { c.ChargePointId, c.ConnectorId })
            .ToListAsync(cancellationToken);
        var result = new List<HoldingCondition>();
        foreach (var c in occupied)
        {
            var session = await db.ChargingSessions.AsNoTracking()
                .Where(s => s.ChargePointId == c.ChargePointId && s.ConnectorId == c.ConnectorId)
                .OrderByDescending(s => s.StartedAt)
                .Select(s => new { s.TransactionId, s.Status, s.EndedAt, s.TariffVersionId })
                .FirstOrDefaultAsync(cancellationToken);
            var (endedAt, runStart) = await ChargingEndedAsync(db, c.ChargePointId, c.ConnectorId, cancellationToken);
            var since = endedAt ?? (session is { Status: SessionStatus.Completed, EndedAt: { } e } && runStart is { } r && e >= r ? e : null);
            if (since is { } at)
            {
                var fee = session?.TariffVersionId is { } v ? await IdleFeeAsync(db, v, cancellationToken) : null;
                result.Add(new HoldingCondition(
                    $"cp/{c.ChargePointId}/{c.ConnectorId}", c.ChargePointId, c.ConnectorId, session?.TransactionId, ConditionDelays.NotAfter(at, now),
                    $"{c.ChargePointId} connector {c.ConnectorId} is occupied but has not charged for over {rule.Threshold} minutes, blocking the spot.",
                    fee));
            }
        }

        return result;
    }

    /// <returns>When charging ended (the first idle status after the last Charging), and when the current idle run began.</returns>
    private static async Task<(DateTimeOffset? EndedAt, DateTimeOffset? RunStart)> ChargingEndedAsync(
        EvDashboardDbContext db, string chargePointId, int connectorId, CancellationToken cancellationToken)
    {
        var history = await db.ConnectorStatusChanges.AsNoTracking()
            .Where(h => h.ChargePointId == chargePointId && h.ConnectorId == connectorId)
            .OrderByDescending(h => h.Timestamp)
            .Select(h => new { h.Status, h.Timestamp })
            .Take(HistoryLookBack)
            .ToListAsync(cancellationToken);
        DateTimeOffset? runStart = null;
        foreach (var change in history)
        {
            if (change.Status == ConnectorStatus.Charging)
            {
                return (runStart, runStart);
            }

            if (!Idle.Contains(change.Status))
            {
                break;
            }

            runStart = change.Timestamp;
        }

        return (null, runStart);
    }

    /// <summary>The idle fee of the session's frozen tariff in words, or null when it has none.</summary>
    private static async Task<string?> IdleFeeAsync(EvDashboardDbContext db, int tariffVersionId, CancellationToken cancellationToken)
    {
        var json = await db.TariffVersions.AsNoTracking().Where(v => v.Id == tariffVersionId).Select(v => v.DefinitionJson).FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var definition = TariffJson.DeserializeDefinition(json);
        if (definition.Idle.Count == 0)
        {
            return null;
        }

        var price = definition.Idle[0].Price.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture);
        return $"Idle fee: {price} {definition.Currency} per minute (excl. VAT) after a grace period of {definition.IdleGraceMinutes} minutes"
            + (definition.IdleFeeCap is { } cap ? $", at most {cap.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {definition.Currency}." : ".");
    }
}

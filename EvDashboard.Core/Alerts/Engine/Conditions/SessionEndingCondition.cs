using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions.Estimation;
using EvDashboard.Core.Sessions.Queries;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>
/// A running session about to end (notice, once per session): its estimated end (the same estimate the active-sessions
/// page shows) is within N minutes, or the EV reports a state of charge at or above Alerts:SessionEndingSocPercent.
/// </summary>
internal sealed class SessionEndingCondition(ActiveSessionQueries sessions, IOptions<AlertOptions> options) : IAlertConditionSource
{
    /// <summary>
    /// How often the estimates are read. One read estimates every running session (its recent samples, its driver's and its
    /// station's history), and passes come twice a second while chargers report: with 500 sessions metering, that was 8 % of
    /// the server's CPU. A notice minutes ahead of the end loses nothing by coming a few seconds later; skipped passes hold
    /// nothing, which for a notice only means nothing new to announce.
    /// </summary>
    public static readonly TimeSpan ReadInterval = TimeSpan.FromSeconds(15);

    private DateTimeOffset? _lastRead;

    public string RuleKey => AlertRuleKeys.SessionEnding;

    public TimeSpan Delay(EffectiveAlertRule rule) => TimeSpan.Zero;

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_lastRead is { } last && now >= last && now - last < ReadInterval)
        {
            return [];
        }

        _lastRead = now;
        var soc = options.Value.SessionEndingSocPercent;
        var within = TimeSpan.FromMinutes(rule.Threshold ?? 0);
        var active = await sessions.ListAsync(null, cancellationToken);
        var result = new List<HoldingCondition>();
        foreach (var s in active)
        {
            var endsSoon = s.Estimate.Basis != EstimateBasis.NotEnoughData && s.Estimate.EndsAt is { } end && end - now <= within && end >= now;
            var full = s.SocPercent >= soc;
            if (endsSoon || full)
            {
                var why = full ? $"the battery is at {s.SocPercent} %" : $"it is expected to end at about {s.Estimate.EndsAt:HH:mm} UTC";
                result.Add(new HoldingCondition(
                    $"tx/{s.TransactionId}", s.ChargePointId, s.ConnectorId, s.TransactionId, now,
                    $"Session {s.TransactionId} at {s.ChargePointId} connector {s.ConnectorId} is about to end: {why}."));
            }
        }

        return result;
    }
}

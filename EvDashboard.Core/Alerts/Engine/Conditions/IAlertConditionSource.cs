using EvDashboard.Core.Data;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>One rule's condition: which subjects it holds for now, read from stored state.</summary>
internal interface IAlertConditionSource
{
    string RuleKey { get; }

    /// <summary>How long a condition must hold before it fires: the debounce, or for a duration rule max(threshold, debounce).</summary>
    TimeSpan Delay(EffectiveAlertRule rule);

    /// <param name="db">A read-only context for this pass (no tracking).</param>
    Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken);
}

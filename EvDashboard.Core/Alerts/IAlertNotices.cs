using EvDashboard.Core.Data;

namespace EvDashboard.Core.Alerts;

/// <summary>
/// Raises an alert from inside another unit of work (the reconciler, continuation, playbooks), honouring the rule's
/// settings: nothing when the rule is off or excluded for the charge point, or when the same rule and subject is
/// already unresolved. Deliveries are queued and the live event published after the commit.
/// </summary>
public interface IAlertNotices
{
    /// <returns>The alert raised, or null when the rule's settings or an unresolved twin meant none was.</returns>
    Task<Alert?> RaiseAsync(WriteScope scope, AlertNotice notice, CancellationToken cancellationToken);

    /// <summary>Resolves the unresolved alert of this rule and subject, if there is one (for condition rules raised by code).</summary>
    Task<bool> ResolveAsync(WriteScope scope, string ruleKey, string subject, string resolution, DateTimeOffset at, CancellationToken cancellationToken);
}

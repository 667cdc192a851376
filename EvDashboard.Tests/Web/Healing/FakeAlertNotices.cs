using System.Collections.Concurrent;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Healing;

/// <summary>
/// Stands in for the alert engine's <see cref="IAlertNotices"/> (helper A's): keeps an alert row per raise in the same unit of
/// work, as the contract says, so that the playbooks see it unresolved, and records every call.
/// </summary>
internal sealed class FakeAlertNotices : IAlertNotices
{
    public ConcurrentQueue<AlertNotice> Raised { get; } = new();

    public ConcurrentQueue<string> Resolved { get; } = new();

    public Task<Alert?> RaiseAsync(WriteScope scope, AlertNotice notice, CancellationToken cancellationToken)
    {
        var alert = new Alert(AlertRuleCatalog.Get(notice.RuleKey), notice.Subject, AlertSeverity.Critical, notice.ChargePointId, notice.ConnectorId,
            notice.TransactionId, notice.Message, notice.Detail, notice.At, notice.At);
        scope.Db.Alerts.Add(alert);
        Raised.Enqueue(notice);
        return Task.FromResult<Alert?>(alert);
    }

    public async Task<bool> ResolveAsync(WriteScope scope, string ruleKey, string subject, string resolution, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var alert = await scope.Db.Alerts.FirstOrDefaultAsync(a => a.RuleKey == ruleKey && a.Subject == subject && a.ResolvedAt == null, cancellationToken);
        if (alert is null || !alert.Resolve(at, resolution))
        {
            return false;
        }

        Resolved.Enqueue(subject);
        return true;
    }
}

using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine;

/// <summary>
/// Raises and resolves alerts inside a caller's unit of work, honouring the rule's settings; queues the deliveries
/// and publishes the live event (the in-app channel) after the commit. The evaluator and other features share it.
/// </summary>
internal sealed class AlertJournal(IAlertOutbox outbox, LiveFeed feed, TimeProvider time) : IAlertNotices
{
    // Compiled once: as plain LINQ, EF Core 6 compiles a lambda on every call to read rule.Key through the captured rule.
    private static readonly Func<EvDashboardDbContext, string, string, CancellationToken, Task<bool>> EverRaisedQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, string ruleKey, string subject, CancellationToken _) =>
            db.Alerts.Any(a => a.RuleKey == ruleKey && a.Subject == subject));

    private static readonly Func<EvDashboardDbContext, string, string, CancellationToken, Task<bool>> OpenQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, string ruleKey, string subject, CancellationToken _) =>
            db.Alerts.Any(a => a.RuleKey == ruleKey && a.Subject == subject && a.ResolvedAt == null));

    public async Task<Alert?> RaiseAsync(WriteScope scope, AlertNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(notice);
        var book = await AlertRuleBook.LoadAsync(scope.Db, cancellationToken);
        return await RaiseAsync(scope, notice, book[notice.RuleKey], cancellationToken);
    }

    /// <summary>Raises with rule settings already loaded (the evaluator reads the rule book once per pass).</summary>
    internal async Task<Alert?> RaiseAsync(WriteScope scope, AlertNotice notice, EffectiveAlertRule rule, CancellationToken cancellationToken)
    {
        if (!rule.AppliesTo(notice.ChargePointId) || await ExistsAsync(scope.Db, rule.Definition, notice.Subject, cancellationToken))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var alert = new Alert(
            rule.Definition, notice.Subject, rule.Severity, notice.ChargePointId, notice.ConnectorId, notice.TransactionId,
            notice.Message, notice.Detail, notice.At > now ? now : notice.At, now);
        scope.Db.Alerts.Add(alert);
        await scope.Db.SaveChangesAsync(cancellationToken);
        await outbox.EnqueueAsync(scope, alert, AlertDeliveryEvent.Raised, rule, cancellationToken);
        Publish(scope, alert, now);
        return alert;
    }

    public async Task<bool> ResolveAsync(WriteScope scope, string ruleKey, string subject, string resolution, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var alert = await scope.Db.Alerts.FirstOrDefaultAsync(a => a.RuleKey == ruleKey && a.Subject == subject && a.ResolvedAt == null, cancellationToken);
        if (alert is null)
        {
            return false;
        }

        var book = await AlertRuleBook.LoadAsync(scope.Db, cancellationToken);
        return await ResolveAsync(scope, alert, book[ruleKey], resolution, at, cancellationToken);
    }

    /// <summary>Resolves a tracked alert once: queues its resolved notice (never for notices) and publishes the change.</summary>
    internal async Task<bool> ResolveAsync(WriteScope scope, Alert alert, EffectiveAlertRule rule, string resolution, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!alert.Resolve(at, resolution))
        {
            return false;
        }

        if (!alert.IsNotice)
        {
            await outbox.EnqueueAsync(scope, alert, AlertDeliveryEvent.Resolved, rule, cancellationToken);
        }

        Publish(scope, alert, at);
        return true;
    }

    private static Task<bool> ExistsAsync(EvDashboardDbContext db, AlertRuleDefinition rule, string subject, CancellationToken cancellationToken) =>
        rule.IsNotice
            // A notice announces an event once, ever (the (RuleKey, Subject, RaisedAt) index).
            ? EverRaisedQuery(db, rule.Key, subject, cancellationToken)
            : OpenQuery(db, rule.Key, subject, cancellationToken);

    private void Publish(WriteScope scope, Alert alert, DateTimeOffset at)
    {
        var changed = AlertChanged.From(alert, at);
        scope.AfterCommit(() => feed.Publish(changed));
    }
}

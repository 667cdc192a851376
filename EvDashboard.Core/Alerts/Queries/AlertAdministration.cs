using System.Globalization;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Alerts.Queries;

/// <summary>
/// What operators change about alerts: acknowledging one, a rule's settings, per-charge-point exclusions and a charge
/// point's automation switches. Each change is one unit of work of the database writer together with its audit entry;
/// input is checked before the unit runs, so a refused value stores nothing.
/// </summary>
public sealed class AlertAdministration(
    DatabaseWriter writer, AuditTrail auditTrail, LiveFeed feed, TimeProvider time, ILogger<AlertAdministration> logger)
{
    /// <summary>Acknowledges an open alert with an optional note; an acknowledged or resolved one is refused and left as it is.</summary>
    public async Task<AlertChangeResult> AcknowledgeAsync(long alertId, string? note, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (note?.Trim() is { Length: > Alert.MaxNoteLength })
        {
            return AlertChangeResult.Invalid($"A note is at most {Alert.MaxNoteLength} characters.");
        }

        var ruleKey = string.Empty;
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var alert = await scope.Db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId, ct);
                if (alert is null)
                {
                    return AlertChangeResult.NotFound($"There is no alert {alertId}.");
                }

                ruleKey = alert.RuleKey;
                var now = time.GetUtcNow();
                if (!alert.Acknowledge(actor.Name, note, now))
                {
                    return AlertChangeResult.Conflict(NotOpen(alert));
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "alert.acknowledge", Target(alert), AuditResult.Succeeded, alert.AcknowledgeNote));
                var changed = AlertChanged.From(alert, now);
                scope.AfterCommit(() => feed.Publish(changed));
                return AlertChangeResult.Changed($"Alert {alertId} acknowledged.");
            },
            cancellationToken);
        if (result.Succeeded)
        {
            AlertAdministrationLog.Acknowledged(logger, alertId, ruleKey, actor.Name);
        }

        return result;
    }

    /// <summary>Replaces a rule's settings; a bad value is refused with a message naming it and nothing is stored.</summary>
    public async Task<AlertChangeResult> ChangeRuleAsync(string ruleKey, AlertRuleChange change, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        if (AlertRuleCatalog.Find(ruleKey) is not { } rule)
        {
            return AlertChangeResult.NotFound($"There is no alert rule '{ruleKey}'.");
        }

        var now = time.GetUtcNow();
        try
        {
            // A detached trial run: the entity's own validation, before anything reaches the writer.
            change.ApplyTo(new AlertRuleSetting(rule.Key, now, actor.Name), now, actor.Name);
        }
        catch (ArgumentException ex)
        {
            return AlertChangeResult.Invalid(ex.Message.Split(" (Parameter", 2)[0]);
        }

        var described = change.Describe();
        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var setting = await scope.Db.AlertRuleSettings.FirstOrDefaultAsync(s => s.RuleKey == rule.Key, ct);
                if (setting is null)
                {
                    setting = new AlertRuleSetting(rule.Key, now, actor.Name);
                    scope.Db.AlertRuleSettings.Add(setting);
                }

                change.ApplyTo(setting, now, actor.Name);
                AuditTrail.Append(scope, auditTrail.Entry(actor, "alertrule.change", rule.Key, AuditResult.Succeeded, described));
            },
            cancellationToken);
        AlertAdministrationLog.RuleChanged(logger, rule.Key, actor.Name, described);
        return AlertChangeResult.Changed($"{rule.Title}: settings saved.");
    }

    /// <summary>Drops the operator's settings of a rule: it runs on the catalogue's defaults again (exclusions stay).</summary>
    public async Task<AlertChangeResult> ResetRuleAsync(string ruleKey, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AlertRuleCatalog.Find(ruleKey) is not { } rule)
        {
            return AlertChangeResult.NotFound($"There is no alert rule '{ruleKey}'.");
        }

        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (await scope.Db.AlertRuleSettings.FirstOrDefaultAsync(s => s.RuleKey == rule.Key, ct) is { } setting)
                {
                    scope.Db.AlertRuleSettings.Remove(setting);
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "alertrule.reset", rule.Key, AuditResult.Succeeded));
            },
            cancellationToken);
        AlertAdministrationLog.RuleReset(logger, rule.Key, actor.Name);
        return AlertChangeResult.Changed($"{rule.Title}: back to its defaults.");
    }

    /// <summary>Switches a rule off (<paramref name="excluded"/>) or on again for one charge point.</summary>
    public async Task<AlertChangeResult> SetExclusionAsync(string ruleKey, string chargePointId, bool excluded, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AlertRuleCatalog.Find(ruleKey) is not { } rule)
        {
            return AlertChangeResult.NotFound($"There is no alert rule '{ruleKey}'.");
        }

        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                if (!await scope.Db.ChargePoints.AnyAsync(c => c.Id == chargePointId, ct))
                {
                    return AlertChangeResult.NotFound($"There is no charge point '{chargePointId}'.");
                }

                var existing = await scope.Db.AlertRuleExclusions.FirstOrDefaultAsync(e => e.RuleKey == rule.Key && e.ChargePointId == chargePointId, ct);
                if (excluded && existing is null)
                {
                    scope.Db.AlertRuleExclusions.Add(new AlertRuleExclusion(rule.Key, chargePointId, time.GetUtcNow(), actor.Name));
                }
                else if (!excluded && existing is not null)
                {
                    scope.Db.AlertRuleExclusions.Remove(existing);
                }

                var action = excluded ? "alertrule.exclude" : "alertrule.include";
                AuditTrail.Append(scope, auditTrail.Entry(actor, action, $"{rule.Key}@{chargePointId}", AuditResult.Succeeded));
                return AlertChangeResult.Changed(excluded ? $"{rule.Title}: off for {chargePointId}." : $"{rule.Title}: on again for {chargePointId}.");
            },
            cancellationToken);
        if (result.Succeeded)
        {
            AlertAdministrationLog.ExclusionChanged(logger, rule.Key, excluded ? "switched off" : "switched on", chargePointId, actor.Name);
        }

        return result;
    }

    /// <summary>Switches a charge point's self-healing playbooks and session continuation on or off.</summary>
    public async Task<AlertChangeResult> ConfigureAutomationAsync(
        string chargePointId, bool playbooks, bool continuation, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var chargePoint = await scope.Db.ChargePoints.FirstOrDefaultAsync(c => c.Id == chargePointId, ct);
                if (chargePoint is null)
                {
                    return AlertChangeResult.NotFound($"There is no charge point '{chargePointId}'.");
                }

                chargePoint.ConfigureAutomation(playbooks, continuation);
                var details = string.Create(CultureInfo.InvariantCulture, $"playbooks={(playbooks ? "on" : "off")}; continuation={(continuation ? "on" : "off")}");
                AuditTrail.Append(scope, auditTrail.Entry(actor, "chargepoint.automation", chargePointId, AuditResult.Succeeded, details));
                return AlertChangeResult.Changed(
                    $"{chargePointId}: self-healing {(playbooks ? "on" : "off")}, session continuation {(continuation ? "on" : "off")}.");
            },
            cancellationToken);
        if (result.Succeeded)
        {
            AlertAdministrationLog.AutomationChanged(logger, chargePointId, actor.Name, playbooks, continuation);
        }

        return result;
    }

    private static string Target(Alert alert) =>
        string.Create(CultureInfo.InvariantCulture, $"alert:{alert.Id} {alert.RuleKey} {alert.Subject}");

    private static string NotOpen(Alert alert) => alert.Status == AlertStatus.Acknowledged
        ? string.Create(CultureInfo.InvariantCulture, $"Alert {alert.Id} was already acknowledged by {alert.AcknowledgedBy} at {alert.AcknowledgedAt:yyyy-MM-dd HH:mm} UTC.")
        : string.Create(CultureInfo.InvariantCulture, $"Alert {alert.Id} is resolved ({alert.Resolution ?? "condition cleared"}); there is nothing to acknowledge.");
}

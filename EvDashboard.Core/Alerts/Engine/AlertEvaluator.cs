using EvDashboard.Core.Alerts.Engine.Conditions;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Engine;

/// <summary>
/// One evaluation pass: every rule's source says which conditions hold now (read outside the writer), then one unit of
/// work moves the durable state machine (<see cref="AlertCondition"/>): a new condition starts its debounce, a held one
/// fires once its delay has passed, a fired one that stopped holding resolves only after Alerts:ClearSeconds clear
/// (a blip neither resolves nor re-fires), and a rule switched off resolves its open alerts. Because the state is stored,
/// a restart neither restarts a debounce nor fires anything again.
/// </summary>
internal sealed class AlertEvaluator(
    IDbContextFactory<EvDashboardDbContext> contexts,
    DatabaseWriter writer,
    AlertJournal journal,
    IEnumerable<IAlertConditionSource> sources,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertEvaluator> logger)
{
    public const string ClearedResolution = "condition cleared";
    public const string SwitchedOffResolution = "rule switched off";
    public const string ExcludedResolution = "rule switched off for this charge point";

    public async Task<AlertPassResult> RunPassAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var readings = new List<RuleReading>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var book = await AlertRuleBook.LoadAsync(db, cancellationToken);
            foreach (var source in sources)
            {
                var rule = book[source.RuleKey];
                try
                {
                    var holding = rule.Enabled ? await source.ReadAsync(db, rule, now, cancellationToken) : [];
                    readings.Add(new RuleReading(source, rule, [.. holding.Where(h => rule.AppliesTo(h.ChargePointId))]));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A rule that cannot be read this pass keeps its state: not holding is not the same as unknown.
                    AlertEngineLog.SourceFailed(logger, source.RuleKey, ex);
                }
            }
        }

        var result = await writer.ExecuteAsync((scope, ct) => ApplyAsync(scope, readings, now, ct), cancellationToken);
        AlertEngineLog.PassFinished(logger, result.Raised, result.Resolved, result.Watching);
        return result;
    }

    private async Task<AlertPassResult> ApplyAsync(WriteScope scope, List<RuleReading> readings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Raising an alert saves to learn its id. With automatic change detection every save would scan every tracked
        // condition and alert, so a pass that raises thousands (the first pass over a large history) took minutes
        // while holding the writer. Changes to tracked rows are detected once, before the unit commits.
        var tracker = scope.Db.ChangeTracker;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return await ApplyReadingsAsync(scope, readings, now, cancellationToken);
        }
        finally
        {
            tracker.DetectChanges();
            tracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task<AlertPassResult> ApplyReadingsAsync(WriteScope scope, List<RuleReading> readings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = (await scope.Db.AlertConditions.ToListAsync(cancellationToken)).ToLookup(c => c.RuleKey, StringComparer.Ordinal);
        var tally = new Tally();
        foreach (var reading in readings)
        {
            if (reading.Rule.Definition.IsNotice)
            {
                await AnnounceAsync(scope, reading, now, tally, cancellationToken);
            }
            else
            {
                await SwitchOffAsync(scope, reading.Rule, [.. rows[reading.Rule.Key]], now, tally, cancellationToken);
                await StepAsync(scope, reading, [.. rows[reading.Rule.Key].Where(r => reading.Rule.AppliesTo(r.ChargePointId))], now, tally, cancellationToken);
            }
        }

        return new AlertPassResult(tally.Raised, tally.Resolved, tally.Watching);
    }

    private async Task AnnounceAsync(WriteScope scope, RuleReading reading, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        foreach (var h in reading.Holding)
        {
            if (await journal.RaiseAsync(scope, Notice(reading.Rule, h, h.Since ?? now), reading.Rule, cancellationToken) is not null)
            {
                tally.Raised++;
            }
        }

        if (reading.Source is INoticeCursor cursor)
        {
            await cursor.AdvanceAsync(scope, cancellationToken);
        }
    }

    private async Task StepAsync(WriteScope scope, RuleReading reading, List<AlertCondition> rows, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var rule = reading.Rule;
        var delay = reading.Source.Delay(rule);
        var bySubject = rows.ToDictionary(r => r.Subject, StringComparer.Ordinal);
        foreach (var h in reading.Holding)
        {
            if (!bySubject.Remove(h.Subject, out var row))
            {
                row = new AlertCondition(rule.Key, h.Subject, h.ChargePointId, h.ConnectorId, ConditionDelays.NotAfter(h.Since ?? now, now), now);
                scope.Db.AlertConditions.Add(row);
            }

            tally.Watching++;
            if (row.AlertId is null && now - row.Since >= delay && tally.Raised < options.Value.MaxRaisedPerPass)
            {
                var alert = await journal.RaiseAsync(scope, Notice(rule, h, row.Since), rule, cancellationToken)
                            ?? await UnresolvedAsync(scope, rule.Key, h.Subject, cancellationToken);
                if (alert is not null)
                {
                    row.Fired(alert.Id);
                    tally.Raised++;
                }
            }

            // The last time it held is read only for a fired alert's clear window. A condition still in its debounce is
            // not rewritten every pass: after a reconnect storm's first wave left 10,000 charge points offline, each
            // pass rewrote 10,000 rows and held the writer (every charger's message) for up to 1.4 s.
            if (row.AlertId is not null)
            {
                row.Held(now);
            }
        }

        var clear = TimeSpan.FromSeconds(options.Value.ClearSeconds);
        foreach (var row in bySubject.Values)
        {
            if (row.AlertId is { } alertId)
            {
                if (now - row.LastTrueAt < clear)
                {
                    tally.Watching++;
                    continue;
                }

                tally.Resolved += await ResolveLinkedAsync(scope, alertId, rule, ClearedResolution, now, cancellationToken);
            }

            scope.Db.AlertConditions.Remove(row);
        }
    }

    /// <summary>A rule switched off (or off for a charge point) resolves its open alerts and forgets its conditions.</summary>
    private async Task SwitchOffAsync(WriteScope scope, EffectiveAlertRule rule, List<AlertCondition> rows, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        foreach (var row in rows.Where(r => !rule.AppliesTo(r.ChargePointId)))
        {
            scope.Db.AlertConditions.Remove(row);
        }

        if (!rule.Enabled || rule.ExcludedChargePoints.Count > 0)
        {
            var excluded = rule.ExcludedChargePoints.ToList();
            var open = await scope.Db.Alerts
                .Where(a => a.RuleKey == rule.Key && a.ResolvedAt == null && (!rule.Enabled || excluded.Contains(a.ChargePointId!)))
                .ToListAsync(cancellationToken);
            foreach (var alert in open)
            {
                var why = rule.Enabled ? ExcludedResolution : SwitchedOffResolution;
                tally.Resolved += await journal.ResolveAsync(scope, alert, rule, why, now, cancellationToken) ? 1 : 0;
            }
        }
    }

    private async Task<int> ResolveLinkedAsync(WriteScope scope, long alertId, EffectiveAlertRule rule, string resolution, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alert = await scope.Db.Alerts.FindAsync([alertId], cancellationToken);
        return alert is not null && await journal.ResolveAsync(scope, alert, rule, resolution, now, cancellationToken) ? 1 : 0;
    }

    private static Task<Alert?> UnresolvedAsync(WriteScope scope, string ruleKey, string subject, CancellationToken cancellationToken) =>
        scope.Db.Alerts.FirstOrDefaultAsync(a => a.RuleKey == ruleKey && a.Subject == subject && a.ResolvedAt == null, cancellationToken);

    private static AlertNotice Notice(EffectiveAlertRule rule, HoldingCondition h, DateTimeOffset since) =>
        new(rule.Key, h.Subject, h.ChargePointId, h.ConnectorId, h.TransactionId, h.Message, h.Detail, since);

    private sealed record RuleReading(IAlertConditionSource Source, EffectiveAlertRule Rule, IReadOnlyList<HoldingCondition> Holding);

    private sealed class Tally
    {
        public int Raised { get; set; }

        public int Resolved { get; set; }

        public int Watching { get; set; }
    }
}

using System.Text.Json;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// Carries out the planner's decisions: stores each step on its run before sending (so a restart never repeats a
/// step), sends through <see cref="ChargePointCommandService"/> as "system:healing" (command record and audit entry),
/// then stores what came back. Alerts are raised and resolved in the same unit of work as the run's end.
/// </summary>
internal sealed class PlaybookExecutor(
    DatabaseWriter writer,
    ChargePointCommandService commands,
    TimeProvider time,
    ILogger<PlaybookExecutor> logger,
    IAlertNotices notices)
{
    public async Task ExecuteAsync(string chargePointId, PlaybookPlan plan, CancellationToken cancellationToken)
    {
        foreach (var decision in plan.Decisions)
        {
            PlaybookLog.Decided(logger, decision.Playbook, chargePointId, decision.ConnectorId, decision.Kind, decision.Detail);
            await (decision.Kind switch
            {
                PlaybookStepKind.Act => ActAsync(chargePointId, decision, cancellationToken),
                PlaybookStepKind.Wait => UpdateAsync(chargePointId, decision, (run, _) => run.Postpone(decision.NextStepAt ?? time.GetUtcNow(), decision.Detail), cancellationToken),
                _ => EndAsync(chargePointId, decision, decision.EndStatus, decision.Detail, cancellationToken),
            });
        }

        foreach (var subject in plan.Resolutions)
        {
            await ResolveAsync(subject, cancellationToken);
        }
    }

    private async Task ActAsync(string chargePointId, PlaybookDecision decision, CancellationToken cancellationToken)
    {
        var labels = string.Join(" and ", decision.Actions.Select(c => c.Label));
        var runId = await UpdateAsync(chargePointId, decision, (run, now) => run.StepTaken(now, decision.NextStepAt, $"Sending {labels}…"), cancellationToken);
        if (runId is null)
        {
            return;
        }

        var answers = new List<string>();
        var accepted = true;
        foreach (var command in decision.Actions)
        {
            var result = await commands.SendAsync(chargePointId, command.Action, command.Payload, PlaybookKeys.Actor, cancellationToken);
            var answer = Describe(result);
            accepted &= answer is "Accepted" or "Unlocked";
            answers.Add($"{command.Label}: {answer}");
        }

        var detail = $"{decision.Detail} Answers: {string.Join("; ", answers)}.";
        if (decision.EndsWithOutcome)
        {
            await EndAsync(chargePointId, decision, accepted ? PlaybookRunStatus.Succeeded : PlaybookRunStatus.GaveUp, detail, cancellationToken, runId);
        }
        else
        {
            await UpdateAsync(chargePointId, decision, (run, now) => run.Postpone(decision.NextStepAt ?? now, detail), cancellationToken, runId);
        }
    }

    private Task EndAsync(
        string chargePointId, PlaybookDecision decision, PlaybookRunStatus status, string detail, CancellationToken cancellationToken, long? runId = null) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var run = await scope.Db.PlaybookRuns.FirstOrDefaultAsync(r => r.Id == (runId ?? decision.Run!.Id), ct);
                if (run is null || run.Status != PlaybookRunStatus.Running)
                {
                    return;
                }

                var now = time.GetUtcNow();
                run.End(status, now, detail);
                if (decision.RaiseExhausted)
                {
                    await RaiseAsync(scope, chargePointId, decision, detail, now, ct);
                }
            },
            cancellationToken);

    private async Task RaiseAsync(WriteScope scope, string chargePointId, PlaybookDecision decision, string detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = decision.AlertSubject(chargePointId);
        var where = decision.ConnectorId == 0 ? chargePointId : $"{chargePointId} connector {decision.ConnectorId}";
        await notices.RaiseAsync(scope, new AlertNotice(
            AlertRuleKeys.PlaybookExhausted, subject, chargePointId, decision.ConnectorId == 0 ? null : decision.ConnectorId, null,
            $"Self-healing gave up on {where}: still Faulted after a hard Reset.", detail, now), cancellationToken);
    }

    private Task<bool> ResolveAsync(string subject, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            (scope, ct) => notices.ResolveAsync(scope, AlertRuleKeys.PlaybookExhausted, subject, "The connector is no longer Faulted.", time.GetUtcNow(), ct),
            cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the decision's run, or to a new run when it has none; null when the run has ended meanwhile.</summary>
    private Task<long?> UpdateAsync(
        string chargePointId, PlaybookDecision decision, Action<PlaybookRun, DateTimeOffset> change, CancellationToken cancellationToken, long? runId = null) =>
        writer.ExecuteAsync<long?>(
            async (scope, ct) =>
            {
                var now = time.GetUtcNow();
                var id = runId ?? decision.Run?.Id;
                var run = id is { } existing
                    ? await scope.Db.PlaybookRuns.FirstOrDefaultAsync(r => r.Id == existing, ct)
                    : await StartAsync(scope, chargePointId, decision, now, ct);
                if (run is null || run.Status != PlaybookRunStatus.Running)
                {
                    return null;
                }

                change(run, now);
                await scope.Db.SaveChangesAsync(ct);
                return run.Id;
            },
            cancellationToken);

    /// <summary>A new run, unless one of the same playbook and connector is already running (the unique index allows one).</summary>
    private static async Task<PlaybookRun?> StartAsync(WriteScope scope, string chargePointId, PlaybookDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var running = await scope.Db.PlaybookRuns.AnyAsync(
            r => r.ChargePointId == chargePointId && r.Playbook == decision.Playbook && r.ConnectorId == decision.ConnectorId && r.Status == PlaybookRunStatus.Running,
            cancellationToken);
        if (running)
        {
            return null;
        }

        var run = new PlaybookRun(decision.Playbook, chargePointId, decision.ConnectorId, now, decision.NextStepAt ?? now, decision.Detail);
        scope.Db.PlaybookRuns.Add(run);
        return run;
    }

    /// <summary>The charger's status word (OCPP 1.6 §7: every answer the playbooks get has one), or what went wrong.</summary>
    internal static string Describe(CommandResult result)
    {
        if (result.Outcome != CommandOutcome.Answered || result.ResponseJson is null)
        {
            return $"{result.Outcome}{(result.ErrorCode is null ? string.Empty : $" {result.ErrorCode}")}";
        }

        using var document = JsonDocument.Parse(result.ResponseJson);
        return document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
            ? status.GetString() ?? "Answered"
            : "Answered";
    }
}

using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// "offline-recovery" and "faulted-recovery": refresh after a reconnect (offline only), then soft Reset, then hard Reset
/// (the last step), each only when a connector has stayed Faulted for FaultedMinutes; then give up and call a person.
/// </summary>
internal static class ResetEscalation
{
    public static PlaybookDecision? Advance(PlanContext plan, RunSnapshot run)
    {
        var snapshot = plan.Snapshot;
        var faulted = FaultedFor(snapshot, run.ConnectorId);
        var offline = run.Playbook == PlaybookKeys.OfflineRecovery;
        if (offline && run.Step == 0)
        {
            return snapshot.IsConnected && run.IsDue(plan.Now) ? Refresh(plan, run) : null;
        }

        var resetsTaken = offline ? run.Step - 1 : run.Step;
        if (faulted.Count == 0 && (!offline || resetsTaken > 0 || run.IsDue(plan.Now)))
        {
            return PlanContext.End(run, PlaybookRunStatus.Succeeded, offline && resetsTaken == 0
                ? "No connector is Faulted after the reconnect."
                : $"{Subject(run)} is no longer Faulted.");
        }

        if (!snapshot.IsConnected || plan.Now < DueAt(plan, run))
        {
            return null;
        }

        var still = $"{Subject(run)} still Faulted ({string.Join(", ", faulted.Select(c => c.ConnectorId))}).";
        return resetsTaken switch
        {
            0 => plan.Act(run, run.Playbook, run.ConnectorId, [PlaybookCommands.Reset(ResetType.Soft)], plan.Now + plan.Timings.Faulted, still, resets: true),
            1 => plan.Act(run, run.Playbook, run.ConnectorId, [PlaybookCommands.Reset(ResetType.Hard)], plan.Now + plan.Timings.Faulted,
                $"{still} Hard Reset is the last step.", resets: true),
            _ => PlanContext.End(run, PlaybookRunStatus.GaveUp, $"{still} The hard Reset did not help: a person is needed.", raiseExhausted: true),
        };
    }

    /// <summary>A faulted connector taken up by no run yet (and not already given up on): start "faulted-recovery" with a soft Reset.</summary>
    public static PlaybookDecision? Start(PlanContext plan)
    {
        var snapshot = plan.Snapshot;
        if (!snapshot.IsConnected || snapshot.Running.Any(r => PlaybookKeys.Resets(r.Playbook)))
        {
            return null;
        }

        var candidate = snapshot.Faulted.FirstOrDefault(c =>
            c.StatusSince is { } since && since <= plan.Now - plan.Timings.Faulted && !DealtWith(snapshot, c.ConnectorId, since));
        if (candidate is null)
        {
            return null;
        }

        return plan.Act(null, PlaybookKeys.FaultedRecovery, candidate.ConnectorId, [PlaybookCommands.Reset(ResetType.Soft)],
            plan.Now + plan.Timings.Faulted, $"Connector {candidate.ConnectorId} Faulted for {plan.Timings.Faulted.TotalMinutes:0} min or more.", resets: true);
    }

    /// <summary>A charge point back after an outage of OfflineWaitMinutes or more: start "offline-recovery" by refreshing its states.</summary>
    public static PlaybookDecision? StartAfterOutage(PlanContext plan)
    {
        var snapshot = plan.Snapshot;
        if (!snapshot.IsConnected || snapshot.OnlineSince is not { } online || snapshot.OfflineBefore is not { } offline
            || online - offline < plan.Timings.OfflineWait
            || snapshot.LastOfflineRecoveryStartedAt >= online
            || snapshot.Running.Any(r => PlaybookKeys.Resets(r.Playbook)))
        {
            return null;
        }

        return plan.Act(null, PlaybookKeys.OfflineRecovery, 0, RefreshCommands, plan.Now + plan.Timings.Faulted,
            $"Back after {(online - offline).TotalMinutes:0} min offline.");
    }

    private static PlaybookDecision Refresh(PlanContext plan, RunSnapshot run) =>
        plan.Act(run, run.Playbook, 0, RefreshCommands, plan.Now + plan.Timings.Faulted, "Back after an outage.");

    private static IReadOnlyList<PlaybookCommand> RefreshCommands =>
        [PlaybookCommands.Trigger(MessageTrigger.Heartbeat, null), PlaybookCommands.Trigger(MessageTrigger.StatusNotification, null)];

    /// <summary>The next step is due at NextStepAt, but never before the charger has been back for FaultedMinutes after a reset.</summary>
    private static DateTimeOffset DueAt(PlanContext plan, RunSnapshot run)
    {
        var due = run.NextStepAt ?? plan.Now;
        return plan.Snapshot.OnlineSince is { } online && online + plan.Timings.Faulted > due ? online + plan.Timings.Faulted : due;
    }

    private static List<ConnectorSnapshot> FaultedFor(PlaybookSnapshot snapshot, int connectorId) =>
        snapshot.Faulted.Where(c => connectorId == 0 || c.ConnectorId == connectorId).ToList();

    private static bool DealtWith(PlaybookSnapshot snapshot, int connectorId, DateTimeOffset faultedSince) =>
        snapshot.Ended(PlaybookKeys.FaultedRecovery, connectorId) >= faultedSince
        || snapshot.Ended(PlaybookKeys.OfflineRecovery, 0) >= faultedSince;

    private static string Subject(RunSnapshot run) => run.ConnectorId == 0 ? "A connector is" : $"Connector {run.ConnectorId} is";
}

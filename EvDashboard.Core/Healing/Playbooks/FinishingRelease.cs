using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// "finishing-release": a connector Finishing for FinishingMinutes is asked for its status; still Finishing
/// UnlockAfterMinutes later with no Active session, it is unlocked (the cable is still locked after the session).
/// </summary>
internal static class FinishingRelease
{
    public static PlaybookDecision? Advance(PlanContext plan, RunSnapshot run)
    {
        var connector = plan.Snapshot.Connector(run.ConnectorId);
        if (connector is null || connector.Status != ConnectorStatus.Finishing)
        {
            return PlanContext.End(run, PlaybookRunStatus.Succeeded,
                $"Connector {run.ConnectorId} left Finishing ({connector?.Status.ToString() ?? "no status"}).");
        }

        if (!plan.Snapshot.IsConnected || !run.IsDue(plan.Now))
        {
            return null;
        }

        return run.Step switch
        {
            0 => Ask(plan, run, run.ConnectorId),
            1 when connector.HasActiveSession => new PlaybookDecision(run, run.Playbook, run.ConnectorId, PlaybookStepKind.Wait,
                $"Waiting: a session is Active on connector {run.ConnectorId}; it is not unlocked during a session.", plan.Now + plan.Timings.UnlockAfter),
            1 => plan.Act(run, run.Playbook, run.ConnectorId, [PlaybookCommands.Unlock(run.ConnectorId)], plan.Now + plan.Timings.UnlockAfter,
                $"Still Finishing {plan.Timings.UnlockAfter.TotalMinutes:0} min after the status request, with no Active session."),
            _ => PlanContext.End(run, PlaybookRunStatus.GaveUp, $"Connector {run.ConnectorId} is still Finishing after the unlock: a person is needed."),
        };
    }

    public static IEnumerable<PlaybookDecision> Start(PlanContext plan)
    {
        var snapshot = plan.Snapshot;
        if (!snapshot.IsConnected)
        {
            yield break;
        }

        foreach (var connector in snapshot.Connectors)
        {
            if (connector is { Status: ConnectorStatus.Finishing, StatusSince: { } since }
                && since <= plan.Now - plan.Timings.Finishing
                && !snapshot.Running.Any(r => r.Playbook == PlaybookKeys.FinishingRelease && r.ConnectorId == connector.ConnectorId)
                && !(snapshot.Ended(PlaybookKeys.FinishingRelease, connector.ConnectorId) >= since))
            {
                yield return Ask(plan, null, connector.ConnectorId);
            }
        }
    }

    private static PlaybookDecision Ask(PlanContext plan, RunSnapshot? run, int connectorId) =>
        plan.Act(run, PlaybookKeys.FinishingRelease, connectorId, [PlaybookCommands.Trigger(MessageTrigger.StatusNotification, connectorId)],
            plan.Now + plan.Timings.UnlockAfter, $"Connector {connectorId} Finishing for {plan.Timings.Finishing.TotalMinutes:0} min or more.");
}

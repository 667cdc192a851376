namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// The decisions of the playbooks, free of I/O: a charge point's state and the time in, what to do with each run out.
/// The worker reads the state, asks here, and carries the answer out.
/// </summary>
internal static class PlaybookPlanner
{
    public static PlaybookPlan Plan(PlaybookSnapshot snapshot, DateTimeOffset now, PlaybookTimings timings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var resolutions = Resolutions(snapshot);
        if (snapshot.PlaybooksOff)
        {
            var cancelled = snapshot.Running
                .Select(r => PlanContext.End(r, PlaybookRunStatus.Cancelled, "Self-healing was switched off for this charge point."))
                .ToList();
            return new PlaybookPlan(cancelled, resolutions);
        }

        var plan = new PlanContext(snapshot, now, timings);
        var decisions = new List<PlaybookDecision>();
        foreach (var run in snapshot.Running)
        {
            if (Advance(plan, run) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        decisions.AddRange(Starts(plan, decisions));
        return new PlaybookPlan(decisions, resolutions);
    }

    private static PlaybookDecision? Advance(PlanContext plan, RunSnapshot run) => run.Playbook switch
    {
        PlaybookKeys.OfflineRecovery or PlaybookKeys.FaultedRecovery => ResetEscalation.Advance(plan, run),
        PlaybookKeys.FinishingRelease => FinishingRelease.Advance(plan, run),
        PlaybookKeys.RemoteStartRetry => RetryRemoteStart(plan, run),
        _ => PlanContext.End(run, PlaybookRunStatus.Cancelled, $"Unknown playbook '{run.Playbook}'."),
    };

    private static IEnumerable<PlaybookDecision> Starts(PlanContext plan, List<PlaybookDecision> decisions)
    {
        // A reset run that ends in this pass still blocks a new one until the next pass: one reset playbook at a time.
        if (ResetEscalation.StartAfterOutage(plan) is { } offline)
        {
            yield return offline;
        }
        else if (ResetEscalation.Start(plan) is { } faulted)
        {
            yield return faulted;
        }

        foreach (var finishing in FinishingRelease.Start(plan))
        {
            if (!decisions.Any(d => d.Playbook == finishing.Playbook && d.ConnectorId == finishing.ConnectorId))
            {
                yield return finishing;
            }
        }
    }

    /// <summary>The one retry of a refused or unanswered RemoteStartTransaction: sent once when due, whatever comes back ends the run.</summary>
    private static PlaybookDecision? RetryRemoteStart(PlanContext plan, RunSnapshot run)
    {
        if (!run.IsDue(plan.Now))
        {
            return null;
        }

        if (run.RetryPayload is null)
        {
            return PlanContext.End(run, PlaybookRunStatus.Cancelled, "The RemoteStartTransaction to retry is no longer on record.");
        }

        return plan.Act(run, run.Playbook, run.ConnectorId, [PlaybookCommands.RemoteStart(run.RetryPayload)], null, string.Empty, endsWithOutcome: true);
    }

    /// <summary>Unresolved exhausted alerts whose connector (or, for 0, every connector) is no longer Faulted on a connected charger.</summary>
    private static List<string> Resolutions(PlaybookSnapshot snapshot)
    {
        if (!snapshot.IsConnected)
        {
            return [];
        }

        return snapshot.OpenExhaustedSubjects
            .Where(subject => ExhaustedSubject.ConnectorOf(subject) is { } connectorId
                && !snapshot.Faulted.Any(c => connectorId == 0 || c.ConnectorId == connectorId))
            .ToList();
    }
}

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>One planning pass over one charge point: its snapshot, the clock, the waits and the hourly budget.</summary>
internal sealed class PlanContext(PlaybookSnapshot snapshot, DateTimeOffset now, PlaybookTimings timings)
{
    public PlaybookSnapshot Snapshot { get; } = snapshot;

    public DateTimeOffset Now { get; } = now;

    public PlaybookTimings Timings { get; } = timings;

    public ActionBudget Budget { get; } = new(snapshot.ActionsLastHour, timings.MaxActionsPerHour, now);

    /// <summary>A step that sends commands, or a wait with the reason when the hourly limit or an Active session forbids it.</summary>
    public PlaybookDecision Act(
        RunSnapshot? run, string playbook, int connectorId, IReadOnlyList<PlaybookCommand> commands, DateTimeOffset? nextStepAt, string detail,
        bool resets = false, bool endsWithOutcome = false)
    {
        if (resets && Snapshot.Connectors.FirstOrDefault(c => c.HasActiveSession) is { } busy)
        {
            return new PlaybookDecision(run, playbook, connectorId, PlaybookStepKind.Wait,
                $"Waiting: a session is Active on connector {busy.ConnectorId}, and a charge point is never reset during a session. {detail}",
                Now + SessionRecheck);
        }

        if (!Budget.TryTake(commands.Count))
        {
            return new PlaybookDecision(run, playbook, connectorId, PlaybookStepKind.Wait, Budget.LimitNote(commands.Count), Budget.FreeAt(commands.Count));
        }

        var labels = string.Join(" and ", commands.Select(c => c.Label));
        return new PlaybookDecision(run, playbook, connectorId, PlaybookStepKind.Act, $"Sent {labels}. {detail}".TrimEnd(), nextStepAt, commands,
            EndsWithOutcome: endsWithOutcome);
    }

    public static PlaybookDecision End(RunSnapshot run, PlaybookRunStatus status, string detail, bool raiseExhausted = false) =>
        new(run, run.Playbook, run.ConnectorId, PlaybookStepKind.End, detail, EndStatus: status, RaiseExhausted: raiseExhausted);

    /// <summary>How soon a reset held back by a session is looked at again (the session's end is also a live event).</summary>
    public static TimeSpan SessionRecheck { get; } = TimeSpan.FromMinutes(1);
}

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>What to do with one run (or, when <see cref="Run"/> is null, the run to start).</summary>
/// <param name="EndsWithOutcome">The run ends after the commands: Succeeded when the charger accepted, GaveUp otherwise.</param>
/// <param name="RaiseExhausted">Raise "playbook-exhausted" for <see cref="AlertSubject"/> (a run that gave up after its last step).</param>
internal sealed record PlaybookDecision(
    RunSnapshot? Run,
    string Playbook,
    int ConnectorId,
    PlaybookStepKind Kind,
    string Detail,
    DateTimeOffset? NextStepAt = null,
    IReadOnlyList<PlaybookCommand>? Commands = null,
    PlaybookRunStatus EndStatus = PlaybookRunStatus.Succeeded,
    bool EndsWithOutcome = false,
    bool RaiseExhausted = false)
{
    public IReadOnlyList<PlaybookCommand> Actions => Commands ?? [];

    public string AlertSubject(string chargePointId) => ExhaustedSubject.For(chargePointId, ConnectorId);
}

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>One playbook run as the charge point page and the API show it.</summary>
public sealed record PlaybookRunView(
    long Id, string Playbook, int ConnectorId, int Step, PlaybookRunStatus Status, string Detail,
    DateTimeOffset StartedAt, DateTimeOffset? LastStepAt, DateTimeOffset? NextStepAt, DateTimeOffset? EndedAt);

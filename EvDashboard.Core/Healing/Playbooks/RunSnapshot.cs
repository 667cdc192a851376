namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>A Running <see cref="PlaybookRun"/> as the planner sees it.</summary>
/// <param name="RetryPayload">For "remote-start-retry": the request of the RemoteStartTransaction to send again.</param>
internal sealed record RunSnapshot(
    long Id, string Playbook, int ConnectorId, int Step, DateTimeOffset StartedAt, DateTimeOffset? LastStepAt, DateTimeOffset? NextStepAt,
    string? RetryPayload = null)
{
    public bool IsDue(DateTimeOffset now) => NextStepAt is not { } next || next <= now;
}

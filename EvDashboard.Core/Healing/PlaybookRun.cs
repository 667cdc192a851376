namespace EvDashboard.Core.Healing;

/// <summary>
/// One run of a self-healing playbook on a charge point (connector 0) or a connector: which step it reached and
/// when the next may be taken. Stored, so a restart continues a run instead of starting over, and at most one run
/// per playbook and connector is Running (a unique index).
/// </summary>
public sealed class PlaybookRun
{
    public const int MaxDetailLength = 500;

    private PlaybookRun()
    {
        Playbook = ChargePointId = Detail = string.Empty;
    }

    public PlaybookRun(string playbook, string chargePointId, int connectorId, DateTimeOffset startedAt, DateTimeOffset nextStepAt, string detail)
    {
        ArgumentException.ThrowIfNullOrEmpty(playbook);
        Playbook = playbook;
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        StartedAt = startedAt;
        NextStepAt = nextStepAt;
        Status = PlaybookRunStatus.Running;
        Detail = Clip(detail);
    }

    public long Id { get; private set; }

    public string Playbook { get; private set; }

    public string ChargePointId { get; private set; }

    /// <summary>0 for the charge point as a whole.</summary>
    public int ConnectorId { get; private set; }

    /// <summary>The number of steps taken so far.</summary>
    public int Step { get; private set; }

    public PlaybookRunStatus Status { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? LastStepAt { get; private set; }

    public DateTimeOffset? NextStepAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>What the run did last and what came back, in words.</summary>
    public string Detail { get; private set; }

    public void StepTaken(DateTimeOffset at, DateTimeOffset? nextStepAt, string detail)
    {
        EnsureRunning();
        Step++;
        LastStepAt = at;
        NextStepAt = nextStepAt;
        Detail = Clip(detail);
    }

    /// <summary>Holds the next step back (a session is Active, the hourly limit is reached) and says why, without counting a step.</summary>
    public void Postpone(DateTimeOffset nextStepAt, string detail)
    {
        EnsureRunning();
        NextStepAt = nextStepAt;
        Detail = Clip(detail);
    }

    public void End(PlaybookRunStatus status, DateTimeOffset at, string detail)
    {
        if (status == PlaybookRunStatus.Running)
        {
            throw new ArgumentException("A run ends as Succeeded, GaveUp or Cancelled.", nameof(status));
        }

        EnsureRunning();
        Status = status;
        EndedAt = at;
        NextStepAt = null;
        Detail = Clip(detail);
    }

    private void EnsureRunning()
    {
        if (Status != PlaybookRunStatus.Running)
        {
            throw new InvalidOperationException($"Playbook run {Id} has ended ({Status}).");
        }
    }

    private static string Clip(string text) => text.Length <= MaxDetailLength ? text : text[..(MaxDetailLength - 1)] + "…";
}

namespace EvDashboard.Core.Healing;

/// <summary>
/// One attempt to continue an interrupted session: the RemoteStartTransaction sent for the same idTag on the same
/// connector, and the transaction it produced. The attempts of a chain are counted, so it never loops.
/// </summary>
public sealed class SessionContinuation
{
    public const int MaxDetailLength = 500;

    private SessionContinuation()
    {
        ChargePointId = IdTag = Trigger = Detail = string.Empty;
    }

    /// <param name="rootTransactionId">The chain's first session (the billing session).</param>
    /// <param name="previousTransactionId">The session that was interrupted.</param>
    /// <param name="trigger">Why the previous session ended: PowerLoss, Reboot, Offline, ...</param>
    public SessionContinuation(
        int rootTransactionId, int previousTransactionId, string chargePointId, int connectorId, string idTag, int attempt, string trigger,
        DateTimeOffset requestedAt)
    {
        RootTransactionId = rootTransactionId;
        PreviousTransactionId = previousTransactionId;
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        IdTag = idTag;
        Attempt = attempt;
        Trigger = trigger;
        RequestedAt = requestedAt;
        Outcome = ContinuationOutcome.Requested;
        Detail = string.Empty;
    }

    public long Id { get; private set; }

    public int RootTransactionId { get; private set; }

    public int PreviousTransactionId { get; private set; }

    public string ChargePointId { get; private set; }

    public int ConnectorId { get; private set; }

    public string IdTag { get; private set; }

    /// <summary>1 for the chain's first continuation.</summary>
    public int Attempt { get; private set; }

    public string Trigger { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ContinuationOutcome Outcome { get; private set; }

    public int? NewTransactionId { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    public string Detail { get; private set; }

    public void Started(int newTransactionId, DateTimeOffset at)
    {
        NewTransactionId = newTransactionId;
        Settle(ContinuationOutcome.Started, at, $"Continued as transaction {newTransactionId}.");
    }

    public void Settle(ContinuationOutcome outcome, DateTimeOffset at, string detail)
    {
        if (Outcome != ContinuationOutcome.Requested)
        {
            throw new InvalidOperationException($"Continuation {Id} is already settled ({Outcome}).");
        }

        Outcome = outcome;
        SettledAt = at;
        Detail = detail.Length <= MaxDetailLength ? detail : detail[..(MaxDetailLength - 1)] + "…";
    }
}

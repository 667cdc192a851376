namespace EvDashboard.Core.Healing.Continuation;

/// <summary>One attempt to continue a session of the chain, and what became of it.</summary>
public sealed record ContinuationAttemptView(
    int Attempt,
    int PreviousTransactionId,
    string Trigger,
    DateTimeOffset RequestedAt,
    ContinuationOutcome Outcome,
    int? NewTransactionId,
    DateTimeOffset? SettledAt,
    string Detail);

using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Healing.Continuation;

/// <summary>One session of a continuation chain, as the session page lists it.</summary>
public sealed record ChainSegmentView(
    int TransactionId,
    int? ContinuesTransactionId,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    long EnergyWh,
    SessionStatus Status,
    string? StopReason,
    bool ClosedBySystem,
    string? CostCurrency,
    long? CostTotalMinor);

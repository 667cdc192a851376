namespace EvDashboard.Core.Healing.Continuation;

/// <summary>
/// What healing did to a session: closed by the system (and why), and the continuation chain it belongs to — its segments
/// oldest first, their combined energy and cost (the one billing session), and every continuation attempt.
/// </summary>
public sealed record SessionChainView(
    int TransactionId,
    bool ClosedBySystem,
    string? StopReason,
    int? ContinuesTransactionId,
    int? ChainRootId,
    IReadOnlyList<ChainSegmentView> Segments,
    IReadOnlyList<ContinuationAttemptView> Attempts)
{
    public bool IsChain => Segments.Count > 1 || Attempts.Count > 0;

    public int? NextTransactionId => Segments.FirstOrDefault(s => s.ContinuesTransactionId == TransactionId)?.TransactionId;

    public long CombinedEnergyWh => Segments.Sum(s => s.EnergyWh);

    /// <summary>The segments' final costs added up; null until every segment is priced (in one currency).</summary>
    public (string Currency, long TotalMinor)? CombinedCost =>
        Segments.Count > 0 && Segments.All(s => s.CostTotalMinor is not null) && Segments.Select(s => s.CostCurrency).Distinct().Count() == 1
            ? (Segments[0].CostCurrency!, Segments.Sum(s => s.CostTotalMinor!.Value))
            : null;
}

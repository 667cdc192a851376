namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>
/// The cost of sessions for pages, the wall display and the API. Sessions without a tariff (none applied when
/// they started) are absent from the answers: they are unpriced, not free.
/// </summary>
public interface ISessionCosts
{
    Task<SessionCost?> GetAsync(int transactionId, CancellationToken cancellationToken);

    /// <summary>Many at once (a page of active sessions, a history page); cheap for running sessions, whose timelines are kept in memory.</summary>
    Task<IReadOnlyDictionary<int, SessionCost>> GetManyAsync(IReadOnlyCollection<int> transactionIds, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>
/// <see cref="ISessionCosts"/> answered from a dictionary the test fills: a session absent from it is unpriced.
/// Counts the reads, so tests can check how often a page asks.
/// </summary>
public sealed class FakeSessionCosts : ISessionCosts
{
    private int _reads;

    public ConcurrentDictionary<int, SessionCost> Costs { get; } = new();

    /// <summary>Calls of either method so far.</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>A cost in EUR at 19 % VAT: a start fee and an energy line that add up to <paramref name="netMinor"/>.</summary>
    public static SessionCost Euro(int transactionId, long netMinor, bool isFinal, string tariffName = "Standard AC", int version = 3)
    {
        var vatMinor = (long)Math.Round(netMinor * 0.19m, MidpointRounding.AwayFromZero);
        CostLine[] lines =
        [
            new(CostComponent.StartFee, "Start fee", 1m, "session", 1.00m, Math.Min(100, netMinor)),
            new(CostComponent.Energy, "Energy", 12.5m, "kWh", 0.3950m, netMinor - Math.Min(100, netMinor), "Mon–Fri 07:00–22:00"),
        ];
        return new SessionCost(
            transactionId, isFinal, 7, tariffName, version,
            new CostBreakdown("EUR", lines, netMinor, 19m, vatMinor, netMinor + vatMinor, 12_500, 3_600, 0));
    }

    public SessionCost Add(SessionCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        Costs[cost.TransactionId] = cost;
        return cost;
    }

    public Task<SessionCost?> GetAsync(int transactionId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(Costs.TryGetValue(transactionId, out var cost) ? cost : null);
    }

    public Task<IReadOnlyDictionary<int, SessionCost>> GetManyAsync(IReadOnlyCollection<int> transactionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transactionIds);
        Interlocked.Increment(ref _reads);
        IReadOnlyDictionary<int, SessionCost> found = transactionIds
            .Where(Costs.ContainsKey)
            .Distinct()
            .ToDictionary(id => id, id => Costs[id]);
        return Task.FromResult(found);
    }
}

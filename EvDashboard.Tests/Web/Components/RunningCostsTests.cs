using EvDashboard.Components.Shared;
using EvDashboard.Core.Tariffs.Pricing;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;

namespace EvDashboard.Tests.Web.Components;

public sealed class RunningCostsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RefreshAsync_TicksFasterThanASecond_ReadsAtMostOnceASecond()
    {
        var time = new ManualTimeProvider(T0);
        var fake = new FakeSessionCosts();
        fake.Add(FakeSessionCosts.Euro(1, 1_000, isFinal: false));
        var costs = new RunningCosts(fake, time, NullLogger.Instance);

        var first = await costs.RefreshAsync([1, 2], CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(500));
        var tooSoon = await costs.RefreshAsync([1, 2], CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(500));
        var again = await costs.RefreshAsync([1, 2], CancellationToken.None);

        Assert.Equal([true, false, true], [first, tooSoon, again]);
        Assert.Equal(2, fake.Reads);
        Assert.Equal(1_190, costs.For(1)!.Breakdown.TotalMinor);
        Assert.Null(costs.For(2));
        Assert.Null(costs.For(null));
    }

    [Fact]
    public async Task RefreshAsync_ReadFails_KeepsTheLastAmounts()
    {
        var time = new ManualTimeProvider(T0);
        var source = new SwitchableCosts();
        source.Inner.Add(FakeSessionCosts.Euro(1, 1_000, isFinal: false));
        var costs = new RunningCosts(source, time, NullLogger.Instance);
        await costs.RefreshAsync([1], CancellationToken.None);
        source.Fail = true;
        time.Advance(TimeSpan.FromSeconds(1));

        var read = await costs.RefreshAsync([1], CancellationToken.None);

        Assert.False(read);
        Assert.Equal(1_190, costs.For(1)!.Breakdown.TotalMinor);
    }

    private sealed class SwitchableCosts : ISessionCosts
    {
        public FakeSessionCosts Inner { get; } = new();

        public bool Fail { get; set; }

        public Task<SessionCost?> GetAsync(int transactionId, CancellationToken cancellationToken) =>
            Fail ? throw new InvalidOperationException("database gone") : Inner.GetAsync(transactionId, cancellationToken);

        public Task<IReadOnlyDictionary<int, SessionCost>> GetManyAsync(IReadOnlyCollection<int> transactionIds, CancellationToken cancellationToken) =>
            Fail ? throw new InvalidOperationException("database gone") : Inner.GetManyAsync(transactionIds, cancellationToken);
    }
}

using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Tests.Core.Tariffs.Pricing;

/// <summary>
/// Running and final costs from <see cref="SessionCosts"/>, with the charger's messages going through the real handlers
/// and the live feed, and the manual clock standing for "now".
/// </summary>
public sealed class SessionCostsTests : IAsyncLifetime
{
    private PricingHost _host = default!;

    private DateTimeOffset Now => _host.Host.Clock.GetUtcNow();

    private SessionCosts Costs => (SessionCosts)_host.Get<ISessionCosts>();

    public async Task InitializeAsync() => _host = await PricingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetAsync_NewMeterSample_RunningCostMoves()
    {
        await _host.AddTariffAsync(PricingTariffs.Energy(0.30m));
        var tx = await _host.StartAsync("TAG1", 0, Now.AddMinutes(-30));
        await _host.MeterAsync(tx, Now.AddMinutes(-20), 5_000);
        var before = await Costs.GetAsync(tx, CancellationToken.None);

        await _host.MeterAsync(tx, Now.AddMinutes(-10), 8_000);
        _host.Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await Costs.GetAsync(tx, CancellationToken.None);

        // 1.00 start fee + 5 kWh × 0.30 = 2.50 net; then 1.00 + 8 kWh × 0.30 = 3.40 net (20 % VAT: 4.08).
        Assert.Equal((false, 5_000L, 250L), (before!.IsFinal, before.Breakdown.EnergyWh, before.Breakdown.NetMinor));
        Assert.Equal((false, 8_000L, 340L, 408L), (after!.IsFinal, after.Breakdown.EnergyWh, after.Breakdown.NetMinor, after.Breakdown.TotalMinor));
    }

    [Fact]
    public async Task GetAsync_WithinOneSecond_ServesTheCachedCost()
    {
        await _host.AddTariffAsync(PricingTariffs.Energy(0.30m));
        var tx = await _host.StartAsync("TAG1", 0, Now.AddMinutes(-30));
        await _host.MeterAsync(tx, Now.AddMinutes(-20), 5_000);
        var first = await Costs.GetAsync(tx, CancellationToken.None);
        await _host.MeterAsync(tx, Now.AddMinutes(-10), 8_000);

        _host.Host.Clock.Advance(TimeSpan.FromMilliseconds(500));
        var cached = await Costs.GetAsync(tx, CancellationToken.None);
        _host.Host.Clock.Advance(TimeSpan.FromMilliseconds(500));
        var recomputed = await Costs.GetAsync(tx, CancellationToken.None);

        Assert.Same(first, cached);
        Assert.Equal(8_000, recomputed!.Breakdown.EnergyWh);
    }

    [Fact]
    public async Task GetAsync_TimePassesWhileIdle_IdleFeeGrows()
    {
        await _host.AddTariffAsync(PricingTariffs.IdleOnly);
        var tx = await _host.StartAsync("TAG1", 0, Now.AddMinutes(-60));
        await _host.MeterAsync(tx, Now.AddMinutes(-50), 5_000);
        await _host.StatusAsync("SuspendedEV", Now.AddMinutes(-50));
        var first = await Costs.GetAsync(tx, CancellationToken.None);

        _host.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var minuteLater = await Costs.GetAsync(tx, CancellationToken.None);
        _host.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await Costs.GetAsync(tx, CancellationToken.None);

        // Idle since the last Wh and the SuspendedEV, 50 minutes before the first read: 20 minutes after the 30-minute grace × 0.10 = 2.00.
        // One minute on: 21 → 2.10; five more: 26 → 2.60. No new message came in between: the clock alone moved the price.
        Assert.Equal(200, first!.Breakdown.NetMinor);
        Assert.Equal(210, minuteLater!.Breakdown.NetMinor);
        Assert.Equal(260, later!.Breakdown.NetMinor);
    }

    [Fact]
    public async Task GetAsync_SessionCompletes_StoredFinalCostReplacesRunningCost()
    {
        await _host.AddTariffAsync(PricingTariffs.Energy(0.30m));
        var tx = await _host.StartAsync("TAG1", 0, Now.AddMinutes(-60));
        await _host.MeterAsync(tx, Now.AddMinutes(-30), 5_000);
        var running = await Costs.GetAsync(tx, CancellationToken.None);
        var heldWhileRunning = Costs.RunningCount;

        await _host.StopAsync(tx, 10_000, Now);
        var final = await Costs.GetAsync(tx, CancellationToken.None);

        Assert.Equal((false, 1), (running!.IsFinal, heldWhileRunning));
        Assert.Equal(0, Costs.RunningCount);
        Assert.Equal((true, 400L, 480L), (final!.IsFinal, final.Breakdown.NetMinor, final.Breakdown.TotalMinor));
        Assert.Equal(("Standard", 1), (final.TariffName, final.TariffVersion));
    }

    [Fact]
    public async Task GetManyAsync_PricedRunningAndUnpriced_OnlyPricedAnswered()
    {
        var unpriced = await _host.StartAsync("TAG0", 0, Now.AddMinutes(-90), connectorId: 3);
        await _host.AddTariffAsync(PricingTariffs.Energy(0.30m));
        var completed = await _host.StartAsync("TAG1", 0, Now.AddMinutes(-60), connectorId: 1);
        await _host.StopAsync(completed, 10_000, Now.AddMinutes(-5));
        var running = await _host.StartAsync("TAG2", 0, Now.AddMinutes(-30), connectorId: 2);

        var costs = await Costs.GetManyAsync([unpriced, completed, running], CancellationToken.None);

        Assert.Equal([completed, running], costs.Keys.Order());
        Assert.True(costs[completed].IsFinal);
        Assert.False(costs[running].IsFinal);
    }

    [Fact]
    public async Task GetManyAsync_SessionNotReadForTenMinutes_Evicted()
    {
        await _host.AddTariffAsync(PricingTariffs.Energy(0.30m));
        var kept = await _host.StartAsync("TAG1", 0, Now.AddMinutes(-30), connectorId: 1);
        var dropped = await _host.StartAsync("TAG2", 0, Now.AddMinutes(-30), connectorId: 2);
        await Costs.GetManyAsync([kept, dropped], CancellationToken.None);

        _host.Host.Clock.Advance(TimeSpan.FromMinutes(6));
        await Costs.GetAsync(kept, CancellationToken.None);
        var bothHeld = Costs.RunningCount;
        _host.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var cost = await Costs.GetAsync(kept, CancellationToken.None);

        Assert.Equal(2, bothHeld);
        Assert.Equal(1, Costs.RunningCount);
        Assert.NotNull(cost);
    }

    [Fact]
    public async Task GetAsync_NoTariff_Absent()
    {
        var running = await _host.StartAsync("TAG1", 0, Now.AddMinutes(-30), connectorId: 1);
        var completed = await _host.StartAsync("TAG2", 0, Now.AddMinutes(-30), connectorId: 2);
        await _host.StopAsync(completed, 1_000, Now);

        Assert.Null(await Costs.GetAsync(running, CancellationToken.None));
        Assert.Null(await Costs.GetAsync(completed, CancellationToken.None));
        Assert.Equal(0, Costs.RunningCount);
    }
}

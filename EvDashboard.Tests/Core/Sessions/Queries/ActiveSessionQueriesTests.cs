using EvDashboard.Core.Sessions.Estimation;
using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Tests.Core.Sessions.Queries;

/// <summary>Running sessions with their estimates, read from a real SQLite file written by the ledger.</summary>
public sealed class ActiveSessionQueriesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private SessionPagesDatabase _db = null!;
    private ActiveSessionQueries _queries = null!;

    public async Task InitializeAsync()
    {
        _db = await SessionPagesDatabase.CreateAsync(Now);
        _queries = new ActiveSessionQueries(_db.Contexts, _db.Time);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ListAsync_TagHistory_AveragesRecentRealSessionsOnly()
    {
        await _db.CompletedAsync("CP-1", 1, "04A1B2C3", Now.AddDays(-1), minutes: 60, energyWh: 11_000);
        await _db.CompletedAsync("CP-1", 1, "04a1b2c3", Now.AddDays(-2), minutes: 120, energyWh: 22_000);
        await _db.CompletedAsync("CP-1", 1, "04A1B2C3", Now.AddDays(-3), minutes: 90, energyWh: 16_000);
        // Not habits: a failed start, a forgotten session, one from last season.
        await _db.CompletedAsync("CP-1", 1, "04A1B2C3", Now.AddDays(-4), minutes: 0.5, energyWh: 0);
        await _db.CompletedAsync("CP-1", 1, "04A1B2C3", Now.AddDays(-6), minutes: 30 * 60, energyWh: 40_000);
        await _db.CompletedAsync("CP-1", 1, "04A1B2C3", Now.AddDays(-120), minutes: 600, energyWh: 40_000);
        var running = await _db.StartAsync("CP-2", 1, "04A1B2C3", Now.AddMinutes(-30));

        var view = Assert.Single(await _queries.ListAsync(null, CancellationToken.None));

        Assert.Equal(running, view.TransactionId);
        Assert.Equal((EstimateBasis.TagAverage, 3, Now.AddMinutes(-30).AddMinutes(90)), (view.Estimate.Basis, view.Estimate.SessionCount, view.Estimate.EndsAt!.Value));
    }

    [Fact]
    public async Task ListAsync_SocSamples_EstimateFromTheTrend()
    {
        var tx = await _db.StartAsync("CP-1", 1, "TAG", Now.AddMinutes(-20), meterStartWh: 10_000);
        for (var m = 0; m <= 10; m++)
        {
            // 120 kW and 2 %/min: 1 % per 2 kWh... 77 kWh pack at 120 kW on DC.
            await _db.MeterAsync("CP-1", 1, tx, Now.AddMinutes(-10 + m), 10_000 + (m * 2_000), 120_000, 50 + (2 * m));
        }

        var view = Assert.Single(await _queries.ListAsync([tx], CancellationToken.None));

        Assert.Equal((20_000L, 120_000L, 70), (view.EnergyWh, view.PowerW!.Value, view.SocPercent!.Value));
        Assert.Equal(EstimateBasis.SocTrend, view.Estimate.Basis);
        Assert.Equal(120, view.Estimate.SocRatePercentPerHour!.Value, precision: 3);
        // 70 → 80 % at 120 %/h (5 min), then the DC taper to 100 % (18.5 min).
        Assert.InRange((view.Estimate.EndsAt!.Value - Now).TotalMinutes, 23, 24);
    }

    [Fact]
    public async Task ListAsync_OnlyIds_SkipsOthersAndEndedOnes()
    {
        var a = await _db.StartAsync("CP-1", 1, "TAG-A", Now.AddMinutes(-30));
        var b = await _db.StartAsync("CP-1", 2, "TAG-B", Now.AddMinutes(-20));
        var ended = await _db.StartAsync("CP-2", 1, "TAG-C", Now.AddMinutes(-10));
        await _db.StopAsync("CP-2", ended, Now.AddMinutes(-1), 12_000);

        var views = await _queries.ListAsync([b, ended], CancellationToken.None);

        Assert.Equal([b], views.Select(v => v.TransactionId));
        Assert.Equal([b, a], (await _queries.ListAsync(null, CancellationToken.None)).Select(v => v.TransactionId));
    }
}

using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Engine.Conditions;
using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Core.Alerts.Engine;

/// <summary>Notices (session completed, session about to end): once per session, and to the driver only with the idTag's opt-in.</summary>
public sealed class AlertNoticeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private AlertEngineHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AlertEngineHost.CreateAsync(T0);
        await _host.AddChargePointAsync("CP-1", lastSeen: T0);
        _host.Presence.Connected("CP-1", T0);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SessionCompleted_EachSession_AnnouncedOnceAcrossRestarts()
    {
        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);
        var tx = await _host.StartAsync("CP-1", 1);
        _host.Time.Advance(TimeSpan.FromMinutes(30));
        await _host.StopAsync("CP-1", tx, 25_000);

        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);

        var notice = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.SessionCompleted));
        Assert.Equal(($"tx/{tx}", true, AlertStatus.Resolved), (notice.Subject, notice.IsNotice, notice.Status));
        Assert.Contains("15 kWh", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionCompleted_AnnouncedSessionsInTheLateStopWindow_AreNotReadAgain()
    {
        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);
        var first = await _host.StartAsync("CP-1", 1);
        await _host.StopAsync("CP-1", first, 12_000);
        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);
        var second = await _host.StartAsync("CP-1", 2);
        await _host.StopAsync("CP-1", second, 13_000);

        // Both stops are inside the window the source reads (its cursor minus LateStop); only the unannounced one is news.
        await using var db = await _host.Contexts.CreateDbContextAsync();
        var book = await AlertRuleBook.LoadAsync(db, CancellationToken.None);
        var holding = await new SessionCompletedCondition().ReadAsync(db, book[AlertRuleKeys.SessionCompleted], _host.Now, CancellationToken.None);

        Assert.Equal([$"tx/{second}"], holding.Select(h => h.Subject));
    }

    [Fact]
    public async Task SessionCompleted_HistoryBeforeTheFirstPass_NotAnnounced()
    {
        var tx = await _host.StartAsync("CP-1", 1);
        _host.Time.Advance(TimeSpan.FromMinutes(30));
        await _host.StopAsync("CP-1", tx, 25_000);

        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);

        Assert.Empty(await _host.AlertsAsync(AlertRuleKeys.SessionCompleted));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task SessionCompleted_DriverRowsOnlyWithOptIn(bool optedIn, int driverRows)
    {
        await _host.OwnerAsync("TAG1", "driver@example.com", optedIn);
        await _host.RuleAsync(AlertRuleKeys.SessionCompleted, s => s.Change(true, AlertSeverity.Info, 0, null, AlertChannels.InApp, null, true, null, T0, "test"));
        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);
        var tx = await _host.StartAsync("CP-1", 1, "TAG1");
        await _host.StopAsync("CP-1", tx, 12_000);

        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);

        var rows = await _host.DeliveriesAsync();
        Assert.Equal(driverRows, rows.Count);
        Assert.All(rows, r => Assert.Equal((DeliveryAudience.Driver, "driver@example.com", DeliveryChannel.Email), (r.Audience, r.Target, r.Channel)));
    }

    [Fact]
    public async Task SessionEnding_SocAboveThreshold_AnnouncedOnce()
    {
        var evaluator = _host.NewEvaluator();
        var tx = await _host.StartAsync("CP-1", 1);
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Charging);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.MeterAsync("CP-1", 1, tx, 11_000, soc: 79);
        await evaluator.RunPassAsync(CancellationToken.None);
        var early = await _host.AlertsAsync(AlertRuleKeys.SessionEnding);

        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.MeterAsync("CP-1", 1, tx, 12_000, soc: 81);
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.MeterAsync("CP-1", 1, tx, 13_000, soc: 83);
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(early);
        var notice = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.SessionEnding));
        Assert.Equal(tx, notice.TransactionId);
    }

    [Fact]
    public async Task SessionEnding_ReadsTheEstimatesAtMostEveryReadInterval()
    {
        var source = new SessionEndingCondition(_host.Queries, Microsoft.Extensions.Options.Options.Create(_host.Options));
        var tx = await _host.StartAsync("CP-1", 1);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.MeterAsync("CP-1", 1, tx, 11_000, soc: 90);
        await using var db = await _host.Contexts.CreateDbContextAsync();
        var book = await AlertRuleBook.LoadAsync(db, CancellationToken.None);
        var rule = book[AlertRuleKeys.SessionEnding];

        var first = await source.ReadAsync(db, rule, _host.Now, CancellationToken.None);
        _host.Time.Advance(SessionEndingCondition.ReadInterval - TimeSpan.FromSeconds(1));
        var tooSoon = await source.ReadAsync(db, rule, _host.Now, CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var again = await source.ReadAsync(db, rule, _host.Now, CancellationToken.None);

        Assert.Equal([$"tx/{tx}"], first.Select(h => h.Subject));
        Assert.Empty(tooSoon);
        Assert.Equal([$"tx/{tx}"], again.Select(h => h.Subject));
    }
}

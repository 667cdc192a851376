using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Engine;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Alerts.Engine;

/// <summary>The evaluator's state machine, driven through the connector-faulted rule (debounce 60 s) on a real database.</summary>
public sealed class AlertEvaluatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private AlertEngineHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AlertEngineHost.CreateAsync(T0);
        await _host.AddChargePointAsync("CP-1");
        await _host.AddChargePointAsync("CP-2");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunPass_FaultedShorterThanDebounce_DoesNotFire()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Faulted, "GroundFailure");

        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(59));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(await _host.AlertsAsync());
    }

    [Fact]
    public async Task RunPass_FaultedPastDebounce_FiresOnceWithErrorInWords()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Faulted, "GroundFailure");

        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(60));
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(60));
        await evaluator.RunPassAsync(CancellationToken.None);

        var alert = Assert.Single(await _host.AlertsAsync());
        Assert.Equal((AlertRuleKeys.ConnectorFaulted, "cp/CP-1/1", AlertStatus.Open, T0), (alert.RuleKey, alert.Subject, alert.Status, alert.ConditionSince));
        Assert.Contains("ground fault", alert.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await _host.DeliveriesAsync()).Count(d => d.Event == AlertDeliveryEvent.Raised));
    }

    [Fact]
    public async Task RunPass_ConditionClearsForClearSeconds_ResolvesOnceAndQueuesResolved()
    {
        var evaluator = await FiredAsync();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Available);

        await evaluator.RunPassAsync(CancellationToken.None);
        var stillOpen = Assert.Single(await _host.AlertsAsync());
        _host.Time.Advance(TimeSpan.FromSeconds(61));
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(61));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Equal(AlertStatus.Open, stillOpen.Status);
        var alert = Assert.Single(await _host.AlertsAsync());
        Assert.Equal((AlertStatus.Resolved, AlertEvaluator.ClearedResolution), (alert.Status, alert.Resolution));
        var resolved = (await _host.DeliveriesAsync()).Where(d => d.Event == AlertDeliveryEvent.Resolved).ToList();
        Assert.Equal(3, resolved.Count);
        Assert.Contains("It lasted", resolved[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPass_BlipShorterThanClearSeconds_NeitherResolvesNorRefires()
    {
        var evaluator = await FiredAsync();

        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Available);
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(30));
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Faulted, "GroundFailure");
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(5));
        await evaluator.RunPassAsync(CancellationToken.None);

        var alert = Assert.Single(await _host.AlertsAsync());
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.DoesNotContain(await _host.DeliveriesAsync(), d => d.Event == AlertDeliveryEvent.Resolved);
    }

    [Fact]
    public async Task RunPass_NewEvaluatorOnSameDatabase_FiresNothingTwice()
    {
        await FiredAsync();
        var afterRestart = _host.NewEvaluator();

        _host.Time.Advance(TimeSpan.FromMinutes(2));
        await afterRestart.RunPassAsync(CancellationToken.None);
        await afterRestart.RunPassAsync(CancellationToken.None);

        Assert.Single(await _host.AlertsAsync());
        Assert.Equal(3, (await _host.DeliveriesAsync()).Count);
    }

    [Fact]
    public async Task RunPass_RestartDuringDebounce_KeepsTheDebounceStart()
    {
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Faulted, "GroundFailure", stamped: T0.AddMinutes(10));
        _host.Time.Advance(TimeSpan.FromMinutes(10));
        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(40));

        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);
        var before = await _host.AlertsAsync();
        _host.Time.Advance(TimeSpan.FromSeconds(20));
        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);

        Assert.Empty(before);
        Assert.Single(await _host.AlertsAsync());
    }

    [Fact]
    public async Task RunPass_RuleSwitchedOff_ResolvesOpenAlertAndFiresNothing()
    {
        var evaluator = await FiredAsync();
        await _host.StatusAsync("CP-2", 1, ConnectorStatus.Faulted, "HighTemperature");
        await _host.RuleAsync(AlertRuleKeys.ConnectorFaulted, s => s.Change(false, AlertSeverity.Critical, 60, null, AlertChannels.InApp, null, false, null, T0, "test"));

        _host.Time.Advance(TimeSpan.FromMinutes(5));
        await evaluator.RunPassAsync(CancellationToken.None);

        var alert = Assert.Single(await _host.AlertsAsync());
        Assert.Equal((AlertStatus.Resolved, AlertEvaluator.SwitchedOffResolution), (alert.Status, alert.Resolution));
    }

    [Fact]
    public async Task RunPass_ChargePointExcluded_ResolvesItsAlertAndWatchesTheOthers()
    {
        var evaluator = await FiredAsync();
        await _host.StatusAsync("CP-2", 1, ConnectorStatus.Faulted, "HighTemperature");
        await _host.ExcludeAsync(AlertRuleKeys.ConnectorFaulted, "CP-1");

        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(2));
        await evaluator.RunPassAsync(CancellationToken.None);

        var alerts = await _host.AlertsAsync();
        Assert.Equal(2, alerts.Count);
        Assert.Equal((AlertStatus.Resolved, AlertEvaluator.ExcludedResolution), (alerts[0].Status, alerts[0].Resolution));
        Assert.Equal(("CP-2", AlertStatus.Open), (alerts[1].ChargePointId, alerts[1].Status));
    }

    [Fact]
    public async Task RunPass_SeveralFireInOnePass_EachConditionKeepsItsAlertAndLastSeenTime()
    {
        var evaluator = await ThreeDueToFireAsync();

        await evaluator.RunPassAsync(CancellationToken.None);

        var alerts = await _host.AlertsAsync();
        var conditions = await ConditionsAsync();
        Assert.Equal(3, alerts.Count);
        Assert.Equal(
            alerts.Select(a => (a.Subject, (long?)a.Id, _host.Now)).OrderBy(c => c.Subject, StringComparer.Ordinal),
            conditions.Select(c => (c.Subject, c.AlertId, c.LastTrueAt)));
    }

    [Fact]
    public async Task RunPass_ConditionStillInItsDebounce_RowNotRewrittenUntilItFires()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Faulted, "GroundFailure");
        await evaluator.RunPassAsync(CancellationToken.None);
        var seen = _host.Now;

        _host.Time.Advance(TimeSpan.FromSeconds(30));
        await evaluator.RunPassAsync(CancellationToken.None);
        var debouncing = Assert.Single(await ConditionsAsync());
        _host.Time.Advance(TimeSpan.FromSeconds(30));
        await evaluator.RunPassAsync(CancellationToken.None);
        var fired = Assert.Single(await ConditionsAsync());

        Assert.Equal((null, seen), (debouncing.AlertId, debouncing.LastTrueAt));
        Assert.NotNull(fired.AlertId);
        Assert.Equal(_host.Now, fired.LastTrueAt);
    }

    [Fact]
    public async Task RunPass_MoreDueThanMaxRaisedPerPass_FiresTheRestInTheNextPass()
    {
        _host.Options.MaxRaisedPerPass = 2;
        var evaluator = await ThreeDueToFireAsync();

        var first = await evaluator.RunPassAsync(CancellationToken.None);
        var afterFirst = (await _host.AlertsAsync()).Count;
        var second = await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Equal((2, 2, 1), (first.Raised, afterFirst, second.Raised));
        Assert.Equal(3, (await ConditionsAsync()).Count(c => c.AlertId is not null));
    }

    /// <summary>Three connectors Faulted, seen by a first pass, and past the 60 s debounce: the next pass fires them.</summary>
    private async Task<AlertEvaluator> ThreeDueToFireAsync()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Faulted, "GroundFailure");
        await _host.StatusAsync("CP-1", 2, ConnectorStatus.Faulted, "GroundFailure");
        await _host.StatusAsync("CP-2", 1, ConnectorStatus.Faulted, "HighTemperature");
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(60));
        return evaluator;
    }

    private async Task<List<AlertCondition>> ConditionsAsync()
    {
        await using var db = await _host.Contexts.CreateDbContextAsync();
        return [.. (await db.AlertConditions.AsNoTracking().ToListAsync()).OrderBy(c => c.Subject, StringComparer.Ordinal)];
    }

    private async Task<AlertEvaluator> FiredAsync()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Faulted, "GroundFailure");
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(60));
        await evaluator.RunPassAsync(CancellationToken.None);
        Assert.Single(await _host.AlertsAsync());
        return evaluator;
    }
}

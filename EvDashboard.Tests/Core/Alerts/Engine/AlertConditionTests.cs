using EvDashboard.Core.Alerts;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Core.Alerts.Engine;

/// <summary>Each rule's condition on a real database: it fires after its delay and not before, and says what happened.</summary>
public sealed class AlertConditionTests : IAsyncLifetime
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
    public async Task ChargePointOffline_LongerThanThreshold_FiresAndResolvesAfterReconnect()
    {
        var evaluator = _host.NewEvaluator();
        _host.Presence.Disconnected("CP-1", T0);

        _host.Time.Advance(TimeSpan.FromMinutes(4));
        await evaluator.RunPassAsync(CancellationToken.None);
        var early = await _host.AlertsAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await evaluator.RunPassAsync(CancellationToken.None);
        var fired = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.ChargePointOffline));
        _host.Presence.Connected("CP-1", _host.Now);
        _host.Time.Advance(TimeSpan.FromSeconds(5));
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(60));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(("cp/CP-1", T0), (fired.Subject, fired.ConditionSince));
        Assert.Equal(AlertStatus.Resolved, Assert.Single(await _host.AlertsAsync()).Status);
    }

    [Fact]
    public async Task PreparingTooLong_WithoutSession_FiresAfterThreshold()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Preparing);

        _host.Time.Advance(TimeSpan.FromMinutes(9));
        await evaluator.RunPassAsync(CancellationToken.None);
        var early = await _host.AlertsAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal("cp/CP-1/1", Assert.Single(await _host.AlertsAsync(AlertRuleKeys.PreparingTooLong)).Subject);
    }

    [Fact]
    public async Task PreparingTooLong_SessionActiveOnConnector_DoesNotFire()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Preparing);
        await _host.StartAsync("CP-1", 1);

        _host.Time.Advance(TimeSpan.FromMinutes(30));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(await _host.AlertsAsync(AlertRuleKeys.PreparingTooLong));
    }

    [Fact]
    public async Task AuthorizationRejected_UnknownAndBlockedTags_NamesThemMaskedAndClearsAfterWindow()
    {
        var evaluator = _host.NewEvaluator();
        await _host.AuthorizationAsync("CP-1", "04A1B2C3D4E5F6", AuthorizationOutcome.Invalid, known: false);
        await _host.AuthorizationAsync("CP-1", "BEEF0203AA", AuthorizationOutcome.Blocked, known: true);

        await evaluator.RunPassAsync(CancellationToken.None);
        var alert = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.AuthorizationRejected));
        _host.Time.Advance(TimeSpan.FromMinutes(16));
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(2));
        await evaluator.RunPassAsync(CancellationToken.None);

        // Alerts reach every role and the wall display: tokens are masked like everywhere else a driver's tag is shown.
        Assert.Contains("04A1…F6 (unknown)", alert.Message, StringComparison.Ordinal);
        Assert.Contains("BEEF…AA (Blocked)", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("04A1B2C3D4E5F6", alert.Message, StringComparison.Ordinal);
        Assert.Equal(AlertStatus.Resolved, Assert.Single(await _host.AlertsAsync()).Status);
    }

    [Fact]
    public async Task EnergyStalled_RegisterFlatWhileCharging_FiresAfterThreshold()
    {
        var evaluator = _host.NewEvaluator();
        var tx = await _host.StartAsync("CP-1", 1);
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Charging);
        await _host.MeterAsync("CP-1", 1, tx, 10_500);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.MeterAsync("CP-1", 1, tx, 11_000);

        for (var minute = 1; minute <= 14; minute++)
        {
            _host.Time.Advance(TimeSpan.FromMinutes(1));
            await _host.MeterAsync("CP-1", 1, tx, 11_000);
            await evaluator.RunPassAsync(CancellationToken.None);
        }

        var early = await _host.AlertsAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(early);
        var alert = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.EnergyStalled));
        Assert.Equal((tx, T0.AddMinutes(1)), (alert.TransactionId, alert.ConditionSince));
    }

    [Fact]
    public async Task EnergyStalled_RegisterRising_DoesNotFire()
    {
        var evaluator = _host.NewEvaluator();
        var tx = await _host.StartAsync("CP-1", 1);
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Charging);

        for (var minute = 1; minute <= 30; minute++)
        {
            _host.Time.Advance(TimeSpan.FromMinutes(1));
            await _host.MeterAsync("CP-1", 1, tx, 10_000 + (minute * 100));
            await evaluator.RunPassAsync(CancellationToken.None);
        }

        Assert.Empty(await _host.AlertsAsync());
    }

    [Fact]
    public async Task IdleBlocking_SuspendedAfterCharging_FiresWithTheSession()
    {
        var evaluator = _host.NewEvaluator();
        var tx = await _host.StartAsync("CP-1", 1);
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Charging);
        _host.Time.Advance(TimeSpan.FromMinutes(30));
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.SuspendedEV);
        var idleSince = _host.Now;

        _host.Time.Advance(TimeSpan.FromMinutes(14));
        await evaluator.RunPassAsync(CancellationToken.None);
        var early = await _host.AlertsAsync(AlertRuleKeys.IdleBlocking);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(early);
        var alert = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.IdleBlocking));
        Assert.Equal((tx, idleSince), (alert.TransactionId, alert.ConditionSince));
    }

    [Fact]
    public async Task IdleBlocking_SuspendedWithoutChargingFirst_DoesNotFire()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Preparing);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.SuspendedEV);

        _host.Time.Advance(TimeSpan.FromMinutes(30));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(await _host.AlertsAsync(AlertRuleKeys.IdleBlocking));
    }

    [Fact]
    public async Task StopForUnknownTransaction_Recorded_FiresAndClearsAfterWindow()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StopAsync("CP-1", 4242, 20_000);

        await evaluator.RunPassAsync(CancellationToken.None);
        var alert = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.StopForUnknownTransaction));
        _host.Time.Advance(TimeSpan.FromMinutes(61));
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Contains("4242", alert.Message, StringComparison.Ordinal);
        Assert.Equal(AlertStatus.Resolved, Assert.Single(await _host.AlertsAsync()).Status);
    }

    [Fact]
    public async Task MeterBackwards_NewerReadingBelowRegister_FiresAfterRestartToo()
    {
        var tx = await _host.StartAsync("CP-1", 1);
        await _host.MeterAsync("CP-1", 1, tx, 12_000);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.MeterAsync("CP-1", 1, tx, 11_000);

        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(5));
        await _host.NewEvaluator().RunPassAsync(CancellationToken.None);

        var alert = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.MeterBackwards));
        Assert.Equal((tx, AlertStatus.Open), (alert.TransactionId, alert.Status));
    }
}

using EvDashboard.Core.Alerts;
using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Core.Alerts.Engine;

/// <summary>Clock skew (limit 120 s, debounce 300 s) from StatusNotification timestamps, and the reconnect flush that must not fire.</summary>
public sealed class ClockSkewConditionTests : IAsyncLifetime
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
    public async Task ClockSkew_FutureTimestamps_FiresAfterDebounceNotBefore()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Available, stamped: T0.AddMinutes(10));

        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(299));
        await evaluator.RunPassAsync(CancellationToken.None);
        var early = await _host.AlertsAsync();
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(early);
        var alert = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.ClockSkew));
        Assert.Contains("600 seconds ahead", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClockSkew_SteadyLagOnNewestMessages_Fires()
    {
        var evaluator = _host.NewEvaluator();
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Preparing, stamped: T0.AddMinutes(-10));
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Charging, stamped: _host.Now.AddMinutes(-10));

        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromMinutes(5));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Contains("behind", Assert.Single(await _host.AlertsAsync(AlertRuleKeys.ClockSkew)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClockSkew_QueueFlushAfterReconnect_DoesNotFire()
    {
        var evaluator = _host.NewEvaluator();
        _host.Presence.Disconnected("CP-1", T0);
        _host.Time.Advance(TimeSpan.FromHours(1));
        _host.Presence.Connected("CP-1", _host.Now);

        // Buffered while offline, stamped over the last hour, all received within two seconds of the reconnect.
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Charging, stamped: T0.AddMinutes(10));
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.SuspendedEV, stamped: T0.AddMinutes(40), receivedAt: _host.Now.AddSeconds(1));
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Finishing, stamped: T0.AddMinutes(55), receivedAt: _host.Now.AddSeconds(2));
        for (var pass = 0; pass < 12; pass++)
        {
            _host.Time.Advance(TimeSpan.FromMinutes(1));
            await evaluator.RunPassAsync(CancellationToken.None);
        }

        Assert.Empty(await _host.AlertsAsync(AlertRuleKeys.ClockSkew));
    }
}

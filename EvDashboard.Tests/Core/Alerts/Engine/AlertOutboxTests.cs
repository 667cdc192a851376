using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Engine;
using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Core.Alerts.Engine;

/// <summary>The delivery rows an alert queues: recipients, channels, quiet hours.</summary>
public sealed class AlertOutboxTests : IAsyncLifetime
{
    // 23:00 UTC = 00:00 in Berlin (CET): inside quiet hours 22:00–07:00 site time.
    private static readonly DateTimeOffset Night = new(2026, 11, 21, 23, 0, 0, TimeSpan.Zero);
    private AlertEngineHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AlertEngineHost.CreateAsync(Night);
        _host.Site.TimeZone = "Europe/Berlin";
        await _host.AddChargePointAsync("CP-1", lastSeen: Night);
        _host.Presence.Connected("CP-1", Night);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Enqueue_RuleRecipients_ReplaceTheOperatorDefaults()
    {
        await SetFaultedRuleAsync(recipients: "site-lead@example.com", quiet: null);

        await FireFaultAsync(_host.NewEvaluator());

        var rows = await _host.DeliveriesAsync();
        Assert.Equal(
            [(DeliveryChannel.Email, "site-lead@example.com"), (DeliveryChannel.Webhook, AlertEngineHost.Webhook)],
            rows.Select(r => (r.Channel, r.Target)));
        Assert.All(rows, r => Assert.Equal((AlertDeliveryStatus.Pending, DeliveryAudience.Operator, _host.Now), (r.Status, r.Audience, r.NextAttemptAt)));
        Assert.Contains("What to do:", rows[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_ChannelsNotConfigured_QueuesNothing()
    {
        _host.Delivery.SmtpHost = null;
        _host.Delivery.WebhookUrl = null;

        await FireFaultAsync(_host.NewEvaluator());

        Assert.Single(await _host.AlertsAsync());
        Assert.Empty(await _host.DeliveriesAsync());
    }

    [Fact]
    public async Task Enqueue_InsideQuietHours_WaitsUntilTheWindowEnds()
    {
        await SetFaultedRuleAsync(recipients: null, quiet: new QuietHours(22 * 60, 7 * 60));

        await FireFaultAsync(_host.NewEvaluator());

        var morning = new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
        Assert.All(await _host.DeliveriesAsync(), r => Assert.Equal(morning, r.NextAttemptAt));
    }

    [Fact]
    public async Task Enqueue_ResolvedDuringQuietHours_SuppressesRaisedAndResolved()
    {
        await SetFaultedRuleAsync(recipients: null, quiet: new QuietHours(22 * 60, 7 * 60));
        var evaluator = _host.NewEvaluator();
        await FireFaultAsync(evaluator);

        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Available);
        _host.Time.Advance(TimeSpan.FromMinutes(2));
        await evaluator.RunPassAsync(CancellationToken.None);

        var rows = await _host.DeliveriesAsync();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal((AlertDeliveryStatus.Suppressed, AlertOutbox.ResolvedInQuietHours), (r.Status, r.LastError)));
    }

    private Task SetFaultedRuleAsync(string? recipients, QuietHours? quiet) =>
        _host.RuleAsync(AlertRuleKeys.ConnectorFaulted, s => s.Change(
            true, AlertSeverity.Critical, 60, null, AlertChannels.InApp | AlertChannels.Email | AlertChannels.Webhook, recipients, false, quiet, Night, "test"));

    private async Task FireFaultAsync(AlertEvaluator evaluator)
    {
        await _host.StatusAsync("CP-1", 1, ConnectorStatus.Faulted, "OverVoltage");
        await evaluator.RunPassAsync(CancellationToken.None);
        _host.Time.Advance(TimeSpan.FromSeconds(60));
        await evaluator.RunPassAsync(CancellationToken.None);
    }
}

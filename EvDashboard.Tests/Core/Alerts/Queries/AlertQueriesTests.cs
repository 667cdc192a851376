using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Alerts.Queries;

/// <summary>The alert list's filters, order and paging, the badge's counts, one alert's deliveries and a charge point's history.</summary>
public sealed class AlertQueriesTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();
    private long _faulted;
    private long _offline;
    private long _stalled;
    private long _skew;

    private AlertQueries Queries => _factory.Services.GetRequiredService<AlertQueries>();

    public async Task InitializeAsync()
    {
        var t = AlertSeed.Start;
        _faulted = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ConnectorFaulted, "CP-A", AlertSeverity.Critical, t, message: "Connector 2 faulted: GroundFailure");
        _offline = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ChargePointOffline, "CP-B", AlertSeverity.Critical, t.AddMinutes(10), connectorId: null);
        _stalled = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.EnergyStalled, "CP-A", AlertSeverity.Warning, t.AddMinutes(20), AlertStatus.Acknowledged);
        _skew = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ClockSkew, "CP-A", AlertSeverity.Warning, t.AddMinutes(30), AlertStatus.Resolved, message: "Clock 50%_off");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ListAsync_NoFilter_NewestFirstWithTotal()
    {
        var page = await Queries.ListAsync(new AlertFilter(), CancellationToken.None);

        Assert.Equal([_skew, _stalled, _offline, _faulted], page.Rows.Select(r => r.Id));
        Assert.Equal(4, page.Total);
    }

    [Fact]
    public async Task ListAsync_EachFilter_OnlyMatchingAlerts()
    {
        var t = AlertSeed.Start;

        var open = await Queries.ListAsync(new AlertFilter(AlertStatus.Open), CancellationToken.None);
        var acknowledged = await Queries.ListAsync(new AlertFilter(AlertStatus.Acknowledged), CancellationToken.None);
        var atA = await Queries.ListAsync(new AlertFilter(ChargePointId: "CP-A"), CancellationToken.None);
        var critical = await Queries.ListAsync(new AlertFilter(Severity: AlertSeverity.Critical), CancellationToken.None);
        var rule = await Queries.ListAsync(new AlertFilter(RuleKey: AlertRuleKeys.ClockSkew), CancellationToken.None);
        var range = await Queries.ListAsync(new AlertFilter(RaisedFrom: t.AddMinutes(10), RaisedTo: t.AddMinutes(30)), CancellationToken.None);
        var text = await Queries.ListAsync(new AlertFilter(Text: "groundfailure"), CancellationToken.None);
        var literal = await Queries.ListAsync(new AlertFilter(Text: "50%_"), CancellationToken.None);

        Assert.Equal([_offline, _faulted], open.Rows.Select(r => r.Id));
        Assert.Equal([_stalled], acknowledged.Rows.Select(r => r.Id));
        Assert.Equal([_skew, _stalled, _faulted], atA.Rows.Select(r => r.Id));
        Assert.Equal([_offline, _faulted], critical.Rows.Select(r => r.Id));
        Assert.Equal([_skew], rule.Rows.Select(r => r.Id));
        Assert.Equal([_stalled, _offline], range.Rows.Select(r => r.Id));
        Assert.Equal([_faulted], text.Rows.Select(r => r.Id));
        Assert.Equal([_skew], literal.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task ListAsync_SecondPage_RestWithFullTotal()
    {
        var page = await Queries.ListAsync(new AlertFilter(Skip: 3, Take: 3), CancellationToken.None);

        Assert.Equal([_faulted], page.Rows.Select(r => r.Id));
        Assert.Equal(4, page.Total);
    }

    [Fact]
    public async Task CountsAsync_MixedAlerts_OpenAcknowledgedAndNewestCritical()
    {
        var counts = await Queries.CountsAsync(CancellationToken.None);

        Assert.Equal((2, 1, 2), (counts.Open, counts.Acknowledged, counts.OpenCritical));
        Assert.Equal(_offline, counts.NewestCritical?.Id);
    }

    [Fact]
    public async Task GetDetailAsync_WithDeliveries_SentAndFailedWithError()
    {
        await AlertSeed.DeliveryAsync(_factory, _faulted, DeliveryChannel.Email, "ops@example.com", sent: true);
        await AlertSeed.DeliveryAsync(_factory, _faulted, DeliveryChannel.Webhook, "https://hooks.example.com/a", sent: false, "HTTP 500");

        var detail = await Queries.GetDetailAsync(_faulted, CancellationToken.None);
        var missing = await Queries.GetDetailAsync(999, CancellationToken.None);

        Assert.NotNull(detail);
        Assert.Equal("Connector faulted", detail.Alert.RuleTitle);
        Assert.Equal(
            [(DeliveryChannel.Email, AlertDeliveryStatus.Sent, 1, (string?)null), (DeliveryChannel.Webhook, AlertDeliveryStatus.Failed, 1, "HTTP 500")],
            detail.Deliveries.Select(d => (d.Channel, d.Status, d.Attempts, d.LastError)));
        Assert.NotNull(detail.Deliveries[0].SentAt);
        Assert.Null(missing);
    }

    [Fact]
    public async Task HistoryAsync_ChargePoint_UnresolvedAndResolvedApart()
    {
        var history = await Queries.HistoryAsync("CP-A", 10, CancellationToken.None);

        Assert.Equal([_stalled, _faulted], history.Unresolved.Select(r => r.Id));
        Assert.Equal([_skew], history.Resolved.Select(r => r.Id));
    }

    [Fact]
    public async Task UnresolvedAsync_Mixed_CriticalFirstThenOpenBeforeAcknowledged()
    {
        var later = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.PreparingTooLong, "CP-C", AlertSeverity.Warning, AlertSeed.Start.AddMinutes(40));

        var rows = await Queries.UnresolvedAsync(10, CancellationToken.None);

        Assert.Equal([_offline, _faulted, later, _stalled], rows.Select(r => r.Id));
    }
}

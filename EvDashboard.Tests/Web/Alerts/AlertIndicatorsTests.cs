using EvDashboard.Components.Layout;
using EvDashboard.Components.Pages.Wall;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Live;
using EvDashboard.Tests.Core.Alerts.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Alerts;

/// <summary>The navigation badge, the critical banner and the wall ticker: shown only when there is something to show, and live.</summary>
public sealed class AlertIndicatorsTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task BannerAndBadge_NoCriticalAlert_NoBannerAndWarningBadge()
    {
        await AlertSeed.AlertAsync(_factory, AlertRuleKeys.PreparingTooLong, "CP-1", AlertSeverity.Warning, AlertSeed.Start);

        var banner = await AppPageRenderer.RenderAsync<CriticalAlertBanner>(_factory, "/");
        var badge = await AppPageRenderer.RenderAsync<AlertNavBadge>(_factory, "/");

        Assert.Null(banner.QuerySelector(".evd-critical-banner"));
        var count = badge.QuerySelector(".evd-nav-badge")!;
        Assert.Equal("1", count.TextContent);
        Assert.False(count.ClassList.Contains("evd-nav-badge-critical"));
    }

    [Fact]
    public async Task BannerAndBadge_CriticalAlerts_CountNewestMessageAndLink()
    {
        await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ConnectorFaulted, "CP-1", AlertSeverity.Critical, AlertSeed.Start, message: "older fault");
        await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ChargePointOffline, "CP-2", AlertSeverity.Critical, AlertSeed.Start.AddMinutes(5), message: "CP-2 offline", connectorId: null);
        await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ConnectorFaulted, "CP-3", AlertSeverity.Critical, AlertSeed.Start.AddMinutes(9), AlertStatus.Acknowledged);

        var banner = await AppPageRenderer.RenderAsync<CriticalAlertBanner>(_factory, "/");
        var badge = await AppPageRenderer.RenderAsync<AlertNavBadge>(_factory, "/");

        var bar = banner.QuerySelector(".evd-critical-banner")!;
        Assert.Equal("▲ 2 critical alerts open", bar.QuerySelector(".evd-critical-banner-count")!.TextContent.Trim());
        Assert.Contains("CP-2 — CP-2 offline", string.Join(' ', bar.QuerySelector(".evd-critical-banner-newest")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal("/alerts?severity=critical", bar.QuerySelector("a")!.GetAttribute("href"));
        Assert.True(badge.QuerySelector(".evd-nav-badge")!.ClassList.Contains("evd-nav-badge-critical"));
    }

    [Fact]
    public async Task Banner_CriticalRaisedThenResolvedLive_AppearsAndGoesWithoutReload()
    {
        await using var live = await LiveRender<CriticalAlertBanner>.StartAsync(_factory);
        var feed = _factory.Services.GetRequiredService<LiveFeed>();
        Assert.Null((await live.DocumentAsync()).QuerySelector(".evd-critical-banner"));

        feed.Publish(new AlertChanged(41, AlertRuleKeys.ConnectorFaulted, AlertSeverity.Critical, AlertStatus.Open, "CP-9", 2, "Connector 2 faulted", false, AlertSeed.Start));
        var shown = await live.WaitForAsync(d => d.QuerySelector(".evd-critical-banner") is not null);
        feed.Publish(new AlertChanged(41, AlertRuleKeys.ConnectorFaulted, AlertSeverity.Critical, AlertStatus.Resolved, "CP-9", 2, "Connector 2 faulted", false, AlertSeed.Start));
        await live.WaitForAsync(d => d.QuerySelector(".evd-critical-banner") is null);

        Assert.Contains("CP-9 · 2", shown.QuerySelector(".evd-critical-banner-newest")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WallAlertTicker_MixedAlerts_CriticalFirstAndNothingWhenClear()
    {
        var empty = await AppPageRenderer.RenderAsync<WallAlertTicker>(_factory, "/wall", new Dictionary<string, object?> { ["Now"] = AlertSeed.Start });
        await AlertSeed.AlertAsync(_factory, AlertRuleKeys.PreparingTooLong, "CP-W1", AlertSeverity.Warning, AlertSeed.Start.AddMinutes(5));
        await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ConnectorFaulted, "CP-W2", AlertSeverity.Critical, AlertSeed.Start, message: "Connector 1 faulted");

        var ticker = await AppPageRenderer.RenderAsync<WallAlertTicker>(
            _factory, "/wall", new Dictionary<string, object?> { ["Now"] = AlertSeed.Start.AddMinutes(20) }, EvDashboard.Core.Access.OperatorRoles.SiteStaff);

        Assert.Null(empty.QuerySelector(".wall-alerts"));
        Assert.Equal("2", ticker.QuerySelector(".wall-alerts-number")!.TextContent);
        var items = ticker.QuerySelectorAll("li.wall-alert");
        Assert.Equal(["wall-alert-critical", "wall-alert-warning"], items.Select(i => i.ClassList.Single(c => c is "wall-alert-critical" or "wall-alert-warning")));
        Assert.Contains("CP-W2 · 1", items[0].QuerySelector(".wall-alert-where")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("21 min", items[0].QuerySelector(".wall-alert-age")!.TextContent);
        Assert.Equal("Connector 1 faulted", items[0].QuerySelector(".wall-alert-what")!.TextContent);
    }
}

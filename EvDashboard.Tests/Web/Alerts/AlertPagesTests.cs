using EvDashboard.Components.Pages.Alerts;
using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using EvDashboard.Tests.Core.Alerts.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Tests.Web.Alerts;

/// <summary>The alerts and rule pages and the charge point tabs rendered with the app's real services, database and policies.</summary>
public sealed class AlertPagesTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new(new Dictionary<string, string?> { ["Alerts:Delivery:SmtpHost"] = "smtp.example.com" });
    private readonly FakeNotificationTester _tester = new();
    private long _faulted;
    private long _stalled;

    public async Task InitializeAsync()
    {
        _factory.TestServices.Add(s => s.Replace(ServiceDescriptor.Singleton<INotificationTester>(_tester)));
        await AlertSeed.ChargePointAsync(_factory, "CP-P");
        var now = DateTimeOffset.UtcNow;
        _faulted = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ConnectorFaulted, "CP-P", AlertSeverity.Critical, now.AddMinutes(-12), message: "Connector 1 faulted: GroundFailure");
        _stalled = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.EnergyStalled, "CP-P", AlertSeverity.Warning, now.AddMinutes(-40), AlertStatus.Acknowledged);
        await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ClockSkew, "CP-Q", AlertSeverity.Warning, now.AddHours(-3), AlertStatus.Resolved);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(typeof(AlertsPage), AccessPolicies.Monitor)]
    [InlineData(typeof(AlertRulesPage), AccessPolicies.Administer)]
    public void Page_Attribute_NeedsItsPolicy(Type page, string policy) =>
        Assert.Equal(policy, Assert.Single(page.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>()).Policy);

    [Fact]
    public async Task AlertsPage_Default_OpenAlertsWithBadgeAgeLinkAndAcknowledge()
    {
        var page = await AppPageRenderer.RenderAsync<AlertsPage>(_factory, "/alerts", role: OperatorRoles.Operator);

        var alert = Assert.Single(page.QuerySelectorAll("li.evd-alert"));
        Assert.Equal(_faulted.ToString(System.Globalization.CultureInfo.InvariantCulture), alert.GetAttribute("data-alert-id"));
        Assert.NotNull(alert.QuerySelector(".evd-alert-sev.evd-alert-sev-critical"));
        Assert.Equal("/stations/CP-P", alert.QuerySelector("a.evd-alert-where")!.GetAttribute("href"));
        Assert.StartsWith("for 13 min", alert.QuerySelector(".evd-alert-when")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Acknowledge", alert.QuerySelectorAll("button .rz-button-text").Select(b => b.TextContent.Trim()));
        var tab = page.QuerySelector(".evd-alert-tab-active")!;
        Assert.Equal(("/alerts?status=open", "1"), (tab.GetAttribute("href"), tab.QuerySelector(".evd-alert-tab-count")!.TextContent));
    }

    [Fact]
    public async Task AlertsPage_SiteStaff_SeesAlertsButCannotAcknowledge()
    {
        var page = await AppPageRenderer.RenderAsync<AlertsPage>(_factory, "/alerts", role: OperatorRoles.SiteStaff);

        var alert = Assert.Single(page.QuerySelectorAll("li.evd-alert"));
        Assert.DoesNotContain("Acknowledge", alert.QuerySelectorAll("button .rz-button-text").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public async Task AlertsPage_AcknowledgedTab_ShowsWhoAndNote()
    {
        var page = await AppPageRenderer.RenderAsync<AlertsPage>(_factory, "/alerts?status=acknowledged");

        var alert = Assert.Single(page.QuerySelectorAll("li.evd-alert"));
        Assert.Equal(_stalled.ToString(System.Globalization.CultureInfo.InvariantCulture), alert.GetAttribute("data-alert-id"));
        Assert.Contains("acknowledged by earlier@example.com", alert.QuerySelector(".evd-alert-ack")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("seen", alert.QuerySelector(".evd-alert-note")!.TextContent);
    }

    [Fact]
    public async Task AlertsPage_AllWithSeverityFilter_OnlyThatSeverity()
    {
        var page = await AppPageRenderer.RenderAsync<AlertsPage>(_factory, "/alerts?status=all&severity=warning");

        Assert.Equal(2, page.QuerySelectorAll("li.evd-alert").Length);
        Assert.All(page.QuerySelectorAll("li.evd-alert"), li => Assert.NotNull(li.QuerySelector(".evd-alert-sev-warning")));
    }

    [Fact]
    public async Task AlertRulesPage_Admin_EveryRuleWithItsFieldsAndDeliveryStatus()
    {
        var page = await AppPageRenderer.RenderAsync<AlertRulesPage>(_factory, "/alerts/rules");

        var rules = page.QuerySelectorAll("article.evd-rule");
        Assert.Equal(AlertRuleCatalog.All.Count, rules.Length);
        var offline = rules.Single(r => r.GetAttribute("data-rule") == AlertRuleKeys.ChargePointOffline);
        Assert.Contains("Threshold (minutes)", offline.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("also to the driver", offline.TextContent, StringComparison.Ordinal);
        var completed = rules.Single(r => r.GetAttribute("data-rule") == AlertRuleKeys.SessionCompleted);
        Assert.Contains("also to the driver", completed.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Threshold", completed.TextContent, StringComparison.Ordinal);
        var delivery = page.QuerySelector(".evd-notify")!;
        Assert.Contains("via smtp.example.com:587", delivery.TextContent, StringComparison.Ordinal);
        Assert.Contains("not configured: set Alerts:Delivery:WebhookUrl", delivery.TextContent, StringComparison.Ordinal);
        var buttons = delivery.QuerySelectorAll("button").ToDictionary(b => b.QuerySelector(".rz-button-text")!.TextContent.Trim(), b => b.HasAttribute("disabled"));
        Assert.Equal(new Dictionary<string, bool> { ["Send test e-mail"] = false, ["Send test webhook"] = true }, buttons);
    }

    [Fact]
    public async Task ChargePointAlertsPanel_OpenAndResolved_SplitWithLinkToFilteredPage()
    {
        var page = await AppPageRenderer.RenderAsync<ChargePointAlertsPanel>(
            _factory, "/stations/CP-P", new Dictionary<string, object?> { [nameof(ChargePointAlertsPanel.ChargePointId)] = "CP-P" });

        var lists = page.QuerySelectorAll("ol.evd-cp-alerts-list");
        Assert.Equal(2, Assert.Single(lists).QuerySelectorAll("li.evd-alert").Length);
        Assert.Equal("No resolved alerts yet.", page.QuerySelectorAll(".evd-cp-alerts-none").Single().TextContent);
        Assert.Equal("/alerts?status=all&chargePointId=CP-P", page.QuerySelector(".evd-cp-alerts a[href^='/alerts']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(OperatorRoles.Operator, false)]
    [InlineData(OperatorRoles.SiteStaff, true)]
    public async Task ChargePointAutomationPanel_Role_SwitchesEnabledOnlyForOperators(string role, bool disabled)
    {
        var page = await AppPageRenderer.RenderAsync<ChargePointAutomationPanel>(
            _factory, "/stations/CP-P", new Dictionary<string, object?> { [nameof(ChargePointAutomationPanel.ChargePointId)] = "CP-P" }, role);

        var switches = page.QuerySelectorAll(".evd-automation-switch .rz-switch");
        Assert.Equal(2, switches.Length);
        Assert.All(switches, s => Assert.Equal(disabled, s.ClassList.Contains("rz-state-disabled") || s.ClassList.Contains("rz-disabled")));
        Assert.All(switches, s => Assert.True(s.ClassList.Contains("rz-switch-checked")));
        Assert.Equal(disabled, page.QuerySelector(".evd-automation-note") is not null);
    }
}

using System.Net;
using System.Net.Http.Json;
using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.Core.Alerts.Queries;
using EvDashboard.Tests.Web.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Alerts;

/// <summary>/api/alerts and /api/alert-rules: the issue's shape, status codes and who may change what.</summary>
public sealed class AlertEndpointsTests : IAsyncLifetime
{
    private static readonly string[] InAppAndEmail = ["inapp", "email"];
    private static readonly string[] Pigeon = ["pigeon"];
    private readonly ApiTestHost _host = new();
    private long _open;
    private long _resolved;

    public async Task InitializeAsync()
    {
        await AlertSeed.ChargePointAsync(_host.Factory, "CP-API");
        _open = await AlertSeed.AlertAsync(_host.Factory, AlertRuleKeys.ConnectorFaulted, "CP-API", AlertSeverity.Critical, AlertSeed.Start, message: "Connector 1 faulted");
        _resolved = await AlertSeed.AlertAsync(_host.Factory, AlertRuleKeys.ClockSkew, "CP-OTHER", AlertSeverity.Warning, AlertSeed.Start.AddMinutes(1), AlertStatus.Resolved);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task List_OpenForChargePoint_IssueShapeWithLowerCaseWords()
    {
        var list = await _host.GetJsonAsync("/api/alerts?status=open&chargePointId=CP-API");

        var alert = Assert.Single(list.EnumerateArray());
        Assert.Equal(
            ["id", "rule", "severity", "chargePointId", "connectorId", "message", "raisedAt", "resolvedAt", "status"],
            alert.EnumerateObject().Select(p => p.Name));
        Assert.Equal(_open, alert.GetProperty("id").GetInt64());
        Assert.Equal(("connector-faulted", "critical", "open", 1), (alert.GetProperty("rule").GetString(), alert.GetProperty("severity").GetString(),
            alert.GetProperty("status").GetString(), alert.GetProperty("connectorId").GetInt32()));
        Assert.Equal(AlertSeed.Start, alert.GetProperty("raisedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task List_Resolved_OnlyResolved()
    {
        var list = await _host.GetJsonAsync("/api/alerts?status=resolved");

        Assert.Equal([_resolved], list.EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
        Assert.Equal("resolved", list[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task List_BadStatus_400Problem()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/alerts?status=closed", UriKind.Relative));

        Assert.Contains("open, acknowledged, resolved", await ApiAssert.ValidationProblemAsync(response, "status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_WithNote_200ThenSecondIs409AndResolvedIs409()
    {
        using var first = await _host.PostJsonAsync($"/api/alerts/{_open}/acknowledge", new { note = "on it" });
        using var second = await _host.PostJsonAsync($"/api/alerts/{_open}/acknowledge", new { note = "again" });
        using var resolved = await _host.Client.PostAsync(new Uri($"/api/alerts/{_resolved}/acknowledge", UriKind.Relative), content: null);

        var body = await ApiAssert.JsonAsync(first, HttpStatusCode.OK);
        Assert.Equal(("acknowledged", "on it"), (body.GetProperty("status").GetString(), body.GetProperty("acknowledgeNote").GetString()));
        Assert.StartsWith("api-key:", body.GetProperty("acknowledgedBy").GetString(), StringComparison.Ordinal);
        await ApiAssert.ProblemAsync(second, HttpStatusCode.Conflict);
        await ApiAssert.ProblemAsync(resolved, HttpStatusCode.Conflict);
        Assert.Equal("on it", await _host.ReadAsync(db => db.Alerts.Where(a => a.Id == _open).Select(a => a.AcknowledgeNote).SingleAsync()));
    }

    [Fact]
    public async Task Acknowledge_NoBodyAndUnknown_200And404()
    {
        using var noBody = await _host.Client.PostAsync(new Uri($"/api/alerts/{_open}/acknowledge", UriKind.Relative), content: null);
        using var unknown = await _host.Client.PostAsync(new Uri("/api/alerts/9999/acknowledge", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.OK, noBody.StatusCode);
        await ApiAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_WithDeliveries_ShowsSentAndFailed()
    {
        await AlertSeed.DeliveryAsync(_host.Factory, _open, DeliveryChannel.Webhook, "https://hooks.example.com/x", sent: false, "HTTP 500");

        var alert = await _host.GetJsonAsync($"/api/alerts/{_open}");
        using var missing = await _host.Client.GetAsync(new Uri("/api/alerts/9999", UriKind.Relative));

        var delivery = Assert.Single(alert.GetProperty("deliveries").EnumerateArray());
        Assert.Equal(("webhook", "failed", "HTTP 500"), (delivery.GetProperty("channel").GetString(), delivery.GetProperty("status").GetString(),
            delivery.GetProperty("lastError").GetString()));
        await ApiAssert.ProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AlertRules_ListChangeAndRefuse_SettingsAndValidation()
    {
        var rules = await _host.GetJsonAsync("/api/alert-rules");
        using var changed = await _host.PutJsonAsync("/api/alert-rules/charge-point-offline",
            new { enabled = true, severity = "warning", threshold = 15, channels = InAppAndEmail, quietStart = "22:00", quietEnd = "06:30" });
        using var badChannel = await _host.PutJsonAsync("/api/alert-rules/charge-point-offline", new { channels = Pigeon });
        using var badValue = await _host.PutJsonAsync("/api/alert-rules/charge-point-offline", new { debounceSeconds = -5 });
        using var unknown = await _host.PutJsonAsync("/api/alert-rules/no-such-rule", new { });

        Assert.Equal(AlertRuleCatalog.All.Count, rules.GetArrayLength());
        var body = await ApiAssert.JsonAsync(changed, HttpStatusCode.OK);
        Assert.Equal(("warning", 15, "22:00", "06:30"), (body.GetProperty("severity").GetString(), body.GetProperty("threshold").GetInt32(),
            body.GetProperty("quietStart").GetString(), body.GetProperty("quietEnd").GetString()));
        Assert.Equal(["inapp", "email"], body.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        await ApiAssert.ValidationProblemAsync(badChannel, "channels");
        Assert.Contains("debounce", await ApiAssert.ValidationProblemAsync(badValue, "settings"), StringComparison.OrdinalIgnoreCase);
        await ApiAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Automation_Put_SwitchesAndMissingFieldIs400()
    {
        using var changed = await _host.PutJsonAsync("/api/charge-points/CP-API/automation", new { playbooks = false, continuation = true });
        using var missing = await _host.PutJsonAsync("/api/charge-points/CP-API/automation", new { playbooks = false });
        using var unknown = await _host.PutJsonAsync("/api/charge-points/NOPE/automation", new { playbooks = true, continuation = true });

        var body = await ApiAssert.JsonAsync(changed, HttpStatusCode.OK);
        Assert.Equal((false, true), (body.GetProperty("playbooks").GetBoolean(), body.GetProperty("continuation").GetBoolean()));
        await ApiAssert.ValidationProblemAsync(missing, "automation");
        await ApiAssert.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(OperatorRoles.SiteStaff, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(OperatorRoles.Operator, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(OperatorRoles.Admin, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)]
    public async Task RoleKey_ReadAcknowledgeChangeRule_OnlyTheRightRoles(string role, HttpStatusCode read, HttpStatusCode acknowledge, HttpStatusCode changeRule)
    {
        var issued = await _host.Factory.Services.GetRequiredService<ApiKeyAdministration>()
            .CreateAsync($"{role} key", role, expiresAt: null, new Actor("admin@example.com"), CancellationToken.None);
        using var client = _host.CreateClient(issued.Secret);

        using var list = await client.GetAsync(new Uri("/api/alerts", UriKind.Relative));
        using var ack = await client.PostAsJsonAsync(new Uri($"/api/alerts/{_open}/acknowledge", UriKind.Relative), new { note = role });
        using var rule = await client.PutAsJsonAsync(new Uri("/api/alert-rules/clock-skew", UriKind.Relative), new { enabled = false });

        Assert.Equal((read, acknowledge, changeRule), (list.StatusCode, ack.StatusCode, rule.StatusCode));
        var status = await _host.ReadAsync(db => db.Alerts.Where(a => a.Id == _open).Select(a => a.Status).SingleAsync());
        Assert.Equal(acknowledge == HttpStatusCode.OK ? AlertStatus.Acknowledged : AlertStatus.Open, status);
    }
}

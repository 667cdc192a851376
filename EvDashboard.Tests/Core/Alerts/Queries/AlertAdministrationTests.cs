using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Live;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Alerts.Queries;

/// <summary>Acknowledging, rule settings, exclusions and automation: each with its audit entry, bad input storing nothing.</summary>
public sealed class AlertAdministrationTests : IAsyncLifetime
{
    private static readonly Actor Operator = new("operator@example.com");
    private readonly EvDashboardFactory _factory = new();

    private AlertAdministration Administration => _factory.Services.GetRequiredService<AlertAdministration>();

    public Task InitializeAsync() => AlertSeed.ChargePointAsync(_factory, "CP-1");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task AcknowledgeAsync_OpenAlert_KeepsWhoWhenNoteAuditsAndPublishes()
    {
        var id = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ConnectorFaulted, "CP-1", AlertSeverity.Critical, AlertSeed.Start);
        var published = new List<AlertChanged>();
        using var subscription = _factory.Services.GetRequiredService<LiveFeed>().Subscribe(e =>
        {
            if (e is AlertChanged changed)
            {
                lock (published)
                {
                    published.Add(changed);
                }
            }
        });

        var result = await Administration.AcknowledgeAsync(id, "  technician on the way  ", Operator, CancellationToken.None);

        Assert.Equal(AlertChangeOutcome.Changed, result.Outcome);
        await using var db = _factory.CreateDbContext();
        var alert = await db.Alerts.SingleAsync(a => a.Id == id);
        Assert.Equal((AlertStatus.Acknowledged, "operator@example.com", "technician on the way"), (alert.Status, alert.AcknowledgedBy, alert.AcknowledgeNote));
        Assert.NotNull(alert.AcknowledgedAt);
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "alert.acknowledge");
        Assert.Equal("operator@example.com", audit.Actor);
        Assert.Contains($"alert:{id}", audit.Target, StringComparison.Ordinal);
        var change = Assert.Single(published);
        Assert.Equal((id, AlertStatus.Acknowledged, "CP-1"), (change.AlertId, change.Status, change.ChargePointId));
    }

    [Fact]
    public async Task AcknowledgeAsync_SecondTime_ConflictAndFirstNoteKept()
    {
        var id = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ConnectorFaulted, "CP-1", AlertSeverity.Critical, AlertSeed.Start);
        await Administration.AcknowledgeAsync(id, "first", Operator, CancellationToken.None);

        var second = await Administration.AcknowledgeAsync(id, "second", new Actor("other@example.com"), CancellationToken.None);

        Assert.Equal(AlertChangeOutcome.Conflict, second.Outcome);
        Assert.Contains("already acknowledged by operator@example.com", second.Message, StringComparison.Ordinal);
        await using var db = _factory.CreateDbContext();
        var alert = await db.Alerts.SingleAsync(a => a.Id == id);
        Assert.Equal(("operator@example.com", "first"), (alert.AcknowledgedBy, alert.AcknowledgeNote));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "alert.acknowledge"));
    }

    [Fact]
    public async Task AcknowledgeAsync_ResolvedUnknownOrLongNote_RefusedWithReason()
    {
        var resolved = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ClockSkew, "CP-1", AlertSeverity.Warning, AlertSeed.Start, AlertStatus.Resolved);
        var open = await AlertSeed.AlertAsync(_factory, AlertRuleKeys.ConnectorFaulted, "CP-1", AlertSeverity.Critical, AlertSeed.Start);

        var onResolved = await Administration.AcknowledgeAsync(resolved, null, Operator, CancellationToken.None);
        var unknown = await Administration.AcknowledgeAsync(12_345, null, Operator, CancellationToken.None);
        var tooLong = await Administration.AcknowledgeAsync(open, new string('x', Alert.MaxNoteLength + 1), Operator, CancellationToken.None);

        Assert.Equal(
            [AlertChangeOutcome.Conflict, AlertChangeOutcome.NotFound, AlertChangeOutcome.Invalid],
            new[] { onResolved.Outcome, unknown.Outcome, tooLong.Outcome });
        await using var db = _factory.CreateDbContext();
        Assert.Equal(AlertStatus.Open, (await db.Alerts.SingleAsync(a => a.Id == open)).Status);
    }

    [Fact]
    public async Task ChangeRuleAsync_ValidSettings_StoredWithAuditAndShownByQueries()
    {
        var change = new AlertRuleChange(false, AlertSeverity.Warning, 120, 7, AlertChannels.InApp | AlertChannels.Email, "a@example.com; b@example.com",
            false, 22 * 60, 7 * 60);

        var result = await Administration.ChangeRuleAsync(AlertRuleKeys.ChargePointOffline, change, Operator, CancellationToken.None);

        Assert.True(result.Succeeded);
        var rule = await _factory.Services.GetRequiredService<AlertRuleQueries>().GetAsync(AlertRuleKeys.ChargePointOffline, CancellationToken.None);
        Assert.NotNull(rule);
        Assert.Equal(
            (true, false, AlertSeverity.Warning, 120, (int?)7, AlertChannels.InApp | AlertChannels.Email, "a@example.com, b@example.com", "22:00–07:00"),
            (rule.Customised, rule.Enabled, rule.Severity, rule.DebounceSeconds, rule.Threshold, rule.Channels, rule.EmailRecipients, rule.QuietHours?.ToString()));
        await using var db = _factory.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "alertrule.change");
        Assert.Equal(AlertRuleKeys.ChargePointOffline, audit.Target);
        Assert.Contains("threshold=7", audit.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 5, null, false, null, null, "debounce")]
    [InlineData(0, null, null, false, null, null, "threshold")]
    [InlineData(0, 5, "not-an-address", false, null, null, "not-an-address")]
    [InlineData(0, 5, null, true, null, null, "drivers")]
    [InlineData(0, 5, null, false, 600, null, "both a start and an end")]
    [InlineData(0, 5, null, false, 600, 600, "differ")]
    public async Task ChangeRuleAsync_BadValue_InvalidWithReasonAndNothingStored(
        int debounce, int? threshold, string? recipients, bool notifyDriver, int? quietStart, int? quietEnd, string reason)
    {
        var change = new AlertRuleChange(true, AlertSeverity.Critical, debounce, threshold, AlertChannels.InApp, recipients, notifyDriver, quietStart, quietEnd);

        var result = await Administration.ChangeRuleAsync(AlertRuleKeys.ChargePointOffline, change, Operator, CancellationToken.None);

        Assert.Equal(AlertChangeOutcome.Invalid, result.Outcome);
        Assert.Contains(reason, result.Message, StringComparison.OrdinalIgnoreCase);
        await using var db = _factory.CreateDbContext();
        Assert.Equal(0, await db.AlertRuleSettings.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.Action.StartsWith("alertrule.")));
    }

    [Fact]
    public async Task ResetRuleAsync_Customised_BackToDefaultsWithAudit()
    {
        var change = AlertRuleChange.From((await _factory.Services.GetRequiredService<AlertRuleQueries>().GetAsync(AlertRuleKeys.ClockSkew, CancellationToken.None))!)
            with { DebounceSeconds = 10 };
        await Administration.ChangeRuleAsync(AlertRuleKeys.ClockSkew, change, Operator, CancellationToken.None);

        var result = await Administration.ResetRuleAsync(AlertRuleKeys.ClockSkew, Operator, CancellationToken.None);

        Assert.True(result.Succeeded);
        var rule = await _factory.Services.GetRequiredService<AlertRuleQueries>().GetAsync(AlertRuleKeys.ClockSkew, CancellationToken.None);
        Assert.Equal((false, 300), (rule!.Customised, rule.DebounceSeconds));
        await using var db = _factory.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "alertrule.reset"));
    }

    [Fact]
    public async Task SetExclusionAsync_OffThenOn_RuleBookSeesItAndBothAudited()
    {
        await Administration.SetExclusionAsync(AlertRuleKeys.ChargePointOffline, "CP-1", excluded: true, Operator, CancellationToken.None);
        await using (var db = _factory.CreateDbContext())
        {
            Assert.False((await AlertRuleBook.LoadAsync(db, CancellationToken.None))[AlertRuleKeys.ChargePointOffline].AppliesTo("CP-1"));
        }

        await Administration.SetExclusionAsync(AlertRuleKeys.ChargePointOffline, "CP-1", excluded: false, Operator, CancellationToken.None);
        var unknown = await Administration.SetExclusionAsync(AlertRuleKeys.ChargePointOffline, "CP-NONE", excluded: true, Operator, CancellationToken.None);

        await using var after = _factory.CreateDbContext();
        Assert.True((await AlertRuleBook.LoadAsync(after, CancellationToken.None))[AlertRuleKeys.ChargePointOffline].AppliesTo("CP-1"));
        Assert.Equal(["alertrule.exclude", "alertrule.include"], await after.AuditEntries.Where(e => e.Action.StartsWith("alertrule.")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(AlertChangeOutcome.NotFound, unknown.Outcome);
    }

    [Fact]
    public async Task ConfigureAutomationAsync_SwitchesOff_StoredAndAudited()
    {
        var result = await Administration.ConfigureAutomationAsync("CP-1", playbooks: false, continuation: true, Operator, CancellationToken.None);
        var unknown = await Administration.ConfigureAutomationAsync("CP-NONE", playbooks: false, continuation: false, Operator, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(AlertChangeOutcome.NotFound, unknown.Outcome);
        var automation = await _factory.Services.GetRequiredService<AlertRuleQueries>().AutomationAsync("CP-1", CancellationToken.None);
        Assert.Equal((false, true), (automation!.Playbooks, automation.Continuation));
        await using var db = _factory.CreateDbContext();
        Assert.Equal("playbooks=off; continuation=on", (await db.AuditEntries.SingleAsync(e => e.Action == "chargepoint.automation")).Details);
    }
}

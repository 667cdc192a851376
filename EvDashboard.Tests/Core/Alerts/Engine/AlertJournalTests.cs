using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Engine;

namespace EvDashboard.Tests.Core.Alerts.Engine;

/// <summary>IAlertNotices as other features call it from their own unit of work, and the invoice-overdue rule.</summary>
public sealed class AlertJournalTests : IAsyncLifetime
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
    public async Task RaiseAsync_ConditionRuleTwice_OneUnresolvedAlertAndResolveQueuesResolved()
    {
        var journal = _host.NewJournal();

        var first = await _host.WriteAsync((scope, ct) => journal.RaiseAsync(scope, Exhausted(), ct));
        var twin = await _host.WriteAsync((scope, ct) => journal.RaiseAsync(scope, Exhausted(), ct));
        var resolved = await _host.WriteAsync((scope, ct) => journal.ResolveAsync(scope, AlertRuleKeys.PlaybookExhausted, "cp/CP-1", "charge point recovered", T0, ct));

        Assert.NotNull(first);
        Assert.Null(twin);
        Assert.True(resolved);
        Assert.Equal(AlertStatus.Resolved, Assert.Single(await _host.AlertsAsync()).Status);
        Assert.Equal([AlertDeliveryEvent.Raised, AlertDeliveryEvent.Raised, AlertDeliveryEvent.Raised, AlertDeliveryEvent.Resolved, AlertDeliveryEvent.Resolved, AlertDeliveryEvent.Resolved],
            (await _host.DeliveriesAsync()).Select(d => d.Event));
    }

    [Fact]
    public async Task RaiseAsync_NoticeForTheSameSubjectAgain_RaisedOnlyOnce()
    {
        var journal = _host.NewJournal();
        var notice = new AlertNotice(AlertRuleKeys.SessionContinued, "tx/7", "CP-1", 1, 7, "Session 7 continued as 8.", null, T0);

        await _host.WriteAsync((scope, ct) => journal.RaiseAsync(scope, notice, ct));
        var again = await _host.WriteAsync((scope, ct) => journal.RaiseAsync(scope, notice, ct));

        Assert.Null(again);
        Assert.True(Assert.Single(await _host.AlertsAsync()).IsNotice);
    }

    [Fact]
    public async Task RaiseAsync_RuleExcludedForTheChargePoint_RaisesNothing()
    {
        await _host.ExcludeAsync(AlertRuleKeys.PlaybookExhausted, "CP-1");
        var journal = _host.NewJournal();

        var raised = await _host.WriteAsync((scope, ct) => journal.RaiseAsync(scope, Exhausted(), ct));

        Assert.Null(raised);
        Assert.Empty(await _host.AlertsAsync());
    }

    [Fact]
    public async Task InvoiceOverdue_UnpaidPastDue_FiresThenResolvesWhenPaid()
    {
        var evaluator = _host.NewEvaluator();
        var id = await _host.InvoiceAsync(T0.AddDays(1));

        await evaluator.RunPassAsync(CancellationToken.None);
        var early = await _host.AlertsAsync(AlertRuleKeys.InvoiceOverdue);
        _host.Time.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromSeconds(1)));
        await evaluator.RunPassAsync(CancellationToken.None);
        var fired = Assert.Single(await _host.AlertsAsync(AlertRuleKeys.InvoiceOverdue));
        await _host.PaidAsync(id);
        _host.Time.Advance(TimeSpan.FromMinutes(2));
        await evaluator.RunPassAsync(CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(($"invoice/{id}", (string?)null), (fired.Subject, fired.ChargePointId));
        Assert.Equal(AlertStatus.Resolved, Assert.Single(await _host.AlertsAsync(AlertRuleKeys.InvoiceOverdue)).Status);
    }

    private static AlertNotice Exhausted() =>
        new(AlertRuleKeys.PlaybookExhausted, "cp/CP-1", "CP-1", null, null, "CP-1 is still offline after a hard reset.", null, T0);
}

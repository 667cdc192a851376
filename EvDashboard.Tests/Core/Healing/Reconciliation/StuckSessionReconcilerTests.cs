using EvDashboard.Core.Alerts;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Tariffs.Calculation;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Healing.Reconciliation;

public sealed class StuckSessionReconcilerTests
{
    [Fact]
    public async Task RunOnce_InterruptedByBootPastGrace_ClosesAtLastReadingPricedAuditedAndNoticed()
    {
        await using var host = await HealingHost.StartAsync();
        await host.AddTariffAsync();
        var tx = await host.StartAsync("DRIVER1", 1_000);
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var lastReadingAt = host.Clock.GetUtcNow();
        await host.MeterAsync(tx, 4_000);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var bootAt = host.Clock.GetUtcNow();
        await host.BootAsync();

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var insideGrace = await host.Reconciler.RunOnceAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(1.5));
        var afterGrace = await host.Reconciler.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (insideGrace, afterGrace));
        await using var db = host.CreateDbContext();
        var session = await db.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == tx);
        Assert.Equal((SessionStatus.Completed, true, "Reboot"), (session.Status, session.ClosedBySystem, session.StopReason));
        Assert.Equal((lastReadingAt, 4_000L, 3_000L), (session.EndedAt!.Value, session.MeterStopWh!.Value, session.EnergyWh));
        // Start fee 1.00 + 3 kWh × 0.40 = 2.20 net.
        Assert.Equal(220L, session.CostNetMinor);
        Assert.Equal(bootAt.AddMinutes(10).AddSeconds(60), session.ReceiptHeldUntil);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "session.close");
        Assert.Equal(("system", $"tx:{tx}"), (audit.Actor, audit.Target));
        Assert.Contains("booted", audit.Details, StringComparison.Ordinal);
        Assert.Single(await db.LedgerAnomalies.AsNoTracking().Where(a => a.Kind == LedgerAnomalyKind.SessionClosedBySystem && a.TransactionId == tx).ToListAsync());
        var notice = Assert.Single(host.Notices.Raised);
        Assert.Equal((AlertRuleKeys.SessionClosedBySystem, $"tx:{tx}", (int?)tx), (notice.RuleKey, notice.Subject, notice.TransactionId));
    }

    [Fact]
    public async Task RunOnce_SupersededByNewStartOnConnector_ClosesOldKeepsNew()
    {
        await using var host = await HealingHost.StartAsync();
        var old = await host.StartAsync("DRIVER1", 1_000);
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        var current = await host.StartAsync("DRIVER2", 9_000);
        host.Clock.Advance(TimeSpan.FromMinutes(3));

        var closed = await host.Reconciler.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, closed);
        await using var db = host.CreateDbContext();
        var sessions = await db.ChargingSessions.AsNoTracking().OrderBy(s => s.TransactionId).ToListAsync();
        Assert.Equal((old, SessionStatus.Completed, "Superseded", true), (sessions[0].TransactionId, sessions[0].Status, sessions[0].StopReason, sessions[0].ClosedBySystem));
        Assert.Null(sessions[0].ReceiptHeldUntil);
        Assert.Equal((current, SessionStatus.Active), (sessions[1].TransactionId, sessions[1].Status));
    }

    [Fact]
    public async Task RunOnce_AvailableAfterFinishing_ClosesOnlyOnceGraceHasPassed()
    {
        await using var host = await HealingHost.StartAsync();
        var tx = await host.StartAsync("DRIVER1", 0);
        host.Clock.Advance(TimeSpan.FromMinutes(20));
        await host.MeterAsync(tx, 6_000);
        await host.StatusAsync("Finishing");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.StatusAsync("Available");

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var insideGrace = await host.Reconciler.RunOnceAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterGrace = await host.Reconciler.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (insideGrace, afterGrace));
        await using var db = host.CreateDbContext();
        var session = await db.ChargingSessions.AsNoTracking().SingleAsync();
        Assert.Equal((SessionStatus.Completed, StuckSessionReasons.AvailableAfterFinish, 6_000L), (session.Status, session.StopReason, session.EnergyWh));
    }

    [Fact]
    public async Task RunOnce_ActivePastMaxDuration_ClosesWithMaxDuration()
    {
        await using var host = await HealingHost.StartAsync(new Dictionary<string, string?> { ["Healing:Sessions:MaxSessionHours"] = "2" });
        var tx = await host.StartAsync("DRIVER1", 0);
        host.Clock.Advance(TimeSpan.FromMinutes(119));
        var early = await host.Reconciler.RunOnceAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(2));

        var late = await host.Reconciler.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (early, late));
        await using var db = host.CreateDbContext();
        var session = await db.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == tx);
        Assert.Equal((SessionStatus.Completed, StuckSessionReasons.MaxDuration, session.StartedAt), (session.Status, session.StopReason, session.EndedAt!.Value));
    }

    [Fact]
    public async Task RunOnce_LateStopTransactionInsideGrace_StopWinsAndNothingIsClosed()
    {
        await using var host = await HealingHost.StartAsync();
        var tx = await host.StartAsync("DRIVER1", 0);
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        await host.BootAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.StopAsync(tx, 5_000, "Local");
        host.Clock.Advance(TimeSpan.FromMinutes(10));

        var closed = await host.Reconciler.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, closed);
        await using var db = host.CreateDbContext();
        var session = await db.ChargingSessions.AsNoTracking().SingleAsync();
        Assert.Equal((false, "Local", 5_000L), (session.ClosedBySystem, session.StopReason, session.EnergyWh));
        Assert.Empty(host.Notices.Raised);
    }

    [Fact]
    public async Task StopTransaction_ForSessionClosedBySystem_IsAnomalyAndChangesNothing()
    {
        await using var host = await HealingHost.StartAsync();
        await host.AddTariffAsync();
        var tx = await host.StartAsync("DRIVER1", 0);
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.MeterAsync(tx, 2_000);
        await host.BootAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await host.Reconciler.RunOnceAsync(CancellationToken.None);

        await host.StopAsync(tx, 9_000, "PowerLoss");

        await using var db = host.CreateDbContext();
        var session = await db.ChargingSessions.AsNoTracking().SingleAsync();
        Assert.Equal((true, "Reboot", 2_000L, 180L), (session.ClosedBySystem, session.StopReason, session.EnergyWh, session.CostNetMinor!.Value));
        Assert.True(await db.LedgerAnomalies.AnyAsync(a => a.Kind == LedgerAnomalyKind.StopForCompletedTransaction && a.TransactionId == tx));
        Assert.DoesNotContain(session.FinalCost!.Lines, l => l.Component == CostComponent.Idle);
    }
}

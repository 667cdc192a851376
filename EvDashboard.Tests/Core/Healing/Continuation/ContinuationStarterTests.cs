using EvDashboard.Core.Alerts;
using EvDashboard.Core.Healing;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Healing.Continuation;

public sealed class ContinuationStarterTests
{
    private const string Cp = HealingHost.ChargePointId;

    [Fact]
    public async Task TryContinue_PreparingAfterBoot_SendsRemoteStartAndLinksTheNextStartToTheChain()
    {
        await using var host = await HealingHost.StartAsync();
        await host.AddTariffAsync();
        var root = await InterruptedByBootAsync(host, energyWh: 5_000);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var continuation = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);
        var next = await host.StartAsync("DRIVER1", 5_000);

        Assert.NotNull(continuation);
        var call = Assert.Single(host.Charger.Calls);
        Assert.Equal(("RemoteStartTransaction", """{"connectorId":1,"idTag":"DRIVER1"}"""), (call.Action, call.Payload));
        await using var db = host.CreateDbContext();
        var sessions = await db.ChargingSessions.AsNoTracking().OrderBy(s => s.TransactionId).ToListAsync();
        Assert.Equal((root, (int?)root), (sessions[0].TransactionId, sessions[0].ChainRootId));
        Assert.Equal((next, (int?)root, (int?)root), (sessions[1].TransactionId, sessions[1].ContinuesTransactionId, sessions[1].ChainRootId));
        Assert.Equal(sessions[0].TariffVersionId, sessions[1].TariffVersionId);
        var stored = await db.SessionContinuations.AsNoTracking().SingleAsync();
        Assert.Equal((ContinuationOutcome.Started, (int?)next, 1, "Reboot"), (stored.Outcome, stored.NewTransactionId, stored.Attempt, stored.Trigger));
        Assert.Contains(host.Notices.Raised, n => n.RuleKey == AlertRuleKeys.SessionContinued && n.TransactionId == next);
    }

    [Fact]
    public async Task TryContinue_ConnectorWentAvailableFirst_DoesNotContinue()
    {
        await using var host = await HealingHost.StartAsync();
        await InterruptedByBootAsync(host, energyWh: 5_000);
        await host.StatusAsync("Available");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.StatusAsync("Preparing");

        var continuation = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);

        Assert.Null(continuation);
        Assert.Empty(host.Charger.Calls);
    }

    [Fact]
    public async Task TryContinue_SwitchedOffForChargePoint_DoesNotContinue()
    {
        await using var host = await HealingHost.StartAsync();
        await host.Writer.ExecuteAsync(
            async (scope, ct) => (await scope.Db.ChargePoints.SingleAsync(ct)).ConfigureAutomation(playbooks: true, continuation: false), CancellationToken.None);
        await InterruptedByBootAsync(host, energyWh: 5_000);

        var continuation = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);

        Assert.Null(continuation);
        Assert.Empty(host.Charger.Calls);
    }

    [Fact]
    public async Task TryContinue_AfterTheWindow_DoesNotContinue()
    {
        await using var host = await HealingHost.StartAsync();
        await InterruptedByBootAsync(host, energyWh: 5_000);
        host.Clock.Advance(TimeSpan.FromMinutes(11));

        var continuation = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);

        Assert.Null(continuation);
        Assert.Empty(host.Charger.Calls);
    }

    [Fact]
    public async Task TryContinue_EvDisconnectedStop_DoesNotContinueButPowerLossDoes()
    {
        await using var host = await HealingHost.StartAsync();
        var first = await host.StartAsync("DRIVER1", 0);
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.StopAsync(first, 3_000, "EVDisconnected");
        var afterUnplug = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);
        var second = await host.StartAsync("DRIVER2", 3_000);
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.StopAsync(second, 6_000, "PowerLoss");

        var afterPowerLoss = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.SuspendedEV, CancellationToken.None);

        Assert.Null(afterUnplug);
        Assert.Equal(("PowerLoss", second), (afterPowerLoss!.Trigger, afterPowerLoss.PreviousTransactionId));
        await using var db = host.CreateDbContext();
        var held = await db.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == second);
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(10).AddSeconds(60), held.ReceiptHeldUntil);
    }

    [Fact]
    public async Task TryContinue_AttemptLimitReached_DoesNotContinueAgain()
    {
        await using var host = await HealingHost.StartAsync(new Dictionary<string, string?> { ["Healing:Sessions:Continuation:MaxAttempts"] = "1" });
        await InterruptedByBootAsync(host, energyWh: 5_000);
        await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);
        var segment = await host.StartAsync("DRIVER1", 5_000);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.MeterAsync(segment, 7_000);
        await host.BootAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var again = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);

        Assert.Null(again);
        Assert.Single(host.Charger.Calls);
    }

    [Fact]
    public async Task TryContinue_RemoteStartRejected_RetriesOnceThenSettlesRejectedAndReleasesTheReceipt()
    {
        await using var host = await HealingHost.StartAsync();
        await host.AddTariffAsync();
        var root = await InterruptedByBootAsync(host, energyWh: 5_000);
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await host.Reconciler.RunOnceAsync(CancellationToken.None);
        host.Charger.Answer("Rejected", "Rejected");

        var continuation = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);
        var receipt = await host.Receipts.IssueAsync(root, CancellationToken.None);

        Assert.Equal(2, host.Charger.Calls.Count(c => c.Action == "RemoteStartTransaction"));
        await using var db = host.CreateDbContext();
        var stored = await db.SessionContinuations.AsNoTracking().SingleAsync(c => c.Id == continuation!.Id);
        Assert.Equal(ContinuationOutcome.Rejected, stored.Outcome);
        Assert.NotNull(receipt);
    }

    [Fact]
    public async Task TryContinue_RejectedThenAccepted_StaysRequestedUntilTheStartOrItsTimeout()
    {
        await using var host = await HealingHost.StartAsync();
        await InterruptedByBootAsync(host, energyWh: 5_000);
        host.Charger.Answer("Rejected", "Accepted");

        var continuation = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromSeconds(60 + 10 - 1));
        var early = await host.Continuations.ExpireAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        var late = await host.Continuations.ExpireAsync(CancellationToken.None);

        Assert.Equal(2, host.Charger.Calls.Count);
        Assert.Equal((0, 1), (early, late));
        await using var db = host.CreateDbContext();
        Assert.Equal(ContinuationOutcome.TimedOut, (await db.SessionContinuations.AsNoTracking().SingleAsync(c => c.Id == continuation!.Id)).Outcome);
    }

    [Fact]
    public async Task Abandon_VehicleLeavesWhileRequested_SettlesAbandoned()
    {
        await using var host = await HealingHost.StartAsync();
        await InterruptedByBootAsync(host, energyWh: 5_000);
        var continuation = await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);

        await host.Continuations.AbandonAsync(Cp, 1, CancellationToken.None);
        var next = await host.StartAsync("DRIVER1", 5_000);

        await using var db = host.CreateDbContext();
        Assert.Equal(ContinuationOutcome.Abandoned, (await db.SessionContinuations.AsNoTracking().SingleAsync(c => c.Id == continuation!.Id)).Outcome);
        Assert.Null((await db.ChargingSessions.AsNoTracking().SingleAsync(s => s.TransactionId == next)).ContinuesTransactionId);
    }

    [Fact]
    public async Task OpenConnectors_RequestedContinuationOrHeldReceipt_ListedUntilTheVehicleLeaves()
    {
        await using var host = await HealingHost.StartAsync();
        var untouched = await host.Continuations.OpenConnectorsAsync(CancellationToken.None);
        await InterruptedByBootAsync(host, energyWh: 5_000);
        await host.Continuations.TryContinueAsync(Cp, 1, ConnectorStatus.Preparing, CancellationToken.None);
        var other = await host.StartAsync("DRIVER2", 0, connectorId: 2);
        await host.StopAsync(other, 3_000, "PowerLoss");
        var open = await host.Continuations.OpenConnectorsAsync(CancellationToken.None);

        await host.Continuations.AbandonAsync(Cp, 1, CancellationToken.None);
        var left = await host.Continuations.OpenConnectorsAsync(CancellationToken.None);

        Assert.Empty(untouched);
        Assert.Equal([(Cp, 1), (Cp, 2)], open.Order());
        Assert.Equal([(Cp, 2)], left);
    }

    /// <summary>A session for DRIVER1 charged <paramref name="energyWh"/> in 20 minutes, then the charger booted (power loss).</summary>
    private static async Task<int> InterruptedByBootAsync(HealingHost host, long energyWh)
    {
        var tx = await host.StartAsync("DRIVER1", 0);
        host.Clock.Advance(TimeSpan.FromMinutes(20));
        await host.MeterAsync(tx, energyWh);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.BootAsync();
        return tx;
    }
}

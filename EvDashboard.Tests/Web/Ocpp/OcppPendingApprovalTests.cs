using EvDashboard.Core.Audit;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>Ocpp:UnknownChargePoints = PendingApproval over a real socket: Pending boots, the §4.2.1 gate, approve and reject.</summary>
public sealed class OcppPendingApprovalTests
{
    private static readonly object Boot = new { chargePointVendor = "Acme", chargePointModel = "AC22" };
    private static readonly Actor Operator = new("operator@example.com");

    private static EvDashboardFactory CreateFactory() => new(new Dictionary<string, string?>
    {
        ["Ocpp:UnknownChargePoints"] = "PendingApproval",
        ["Ocpp:PendingBootIntervalSeconds"] = "45",
    });

    [Fact]
    public async Task BootNotification_UnknownChargePoint_PendingWithRetryIntervalAndBootStored()
    {
        await using var factory = CreateFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-NEW");

        var answer = await cp.CallAsync("BootNotification", Boot);

        Assert.Equal(("Pending", 45), (answer.GetProperty("status").GetString(), answer.GetProperty("interval").GetInt32()));
        await using var db = factory.CreateDbContext();
        var stored = await db.ChargePoints.AsNoTracking().SingleAsync();
        Assert.Equal(("CP-NEW", ChargePointApproval.Pending, "Acme", true), (stored.Id, stored.Approval, stored.Vendor, stored.IsNew));
    }

    [Fact]
    public async Task Call_OtherThanBootWhilePending_SecurityErrorAndNothingStored()
    {
        await using var factory = CreateFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-NEW");
        await cp.CallAsync("BootNotification", Boot);

        var heartbeat = await cp.CallRawAsync("Heartbeat", new { });
        var status = await cp.CallRawAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Available" });

        Assert.Equal((4, "SecurityError"), (heartbeat[0].GetInt32(), heartbeat[2].GetString()));
        Assert.Equal((4, "SecurityError"), (status[0].GetInt32(), status[2].GetString()));
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Connectors.AnyAsync());
    }

    [Fact]
    public async Task Approve_ConnectedPendingChargePoint_TriggersBootWhichIsAccepted()
    {
        await using var factory = CreateFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-NEW");
        await cp.CallAsync("BootNotification", Boot);
        var approvals = factory.Services.GetRequiredService<ChargePointApprovals>();

        var approving = approvals.ApproveAsync("CP-NEW", Operator, CancellationToken.None);
        var trigger = await cp.ReceiveAsync();
        await cp.SendFrameAsync($"[3,\"{trigger[1].GetString()}\",{{\"status\":\"Accepted\"}}]");
        var outcome = await approving;
        var boot = await cp.CallAsync("BootNotification", Boot);
        var heartbeat = await cp.CallAsync("Heartbeat", new { });

        Assert.Equal(("TriggerMessage", "BootNotification"), (trigger[2].GetString(), trigger[3].GetProperty("requestedMessage").GetString()));
        Assert.Equal((ChargePointChangeResult.Updated, "Accepted"), (outcome.Result, outcome.Trigger?.Status));
        Assert.Equal(("Accepted", 300), (boot.GetProperty("status").GetString(), boot.GetProperty("interval").GetInt32()));
        Assert.True(heartbeat.TryGetProperty("currentTime", out _));
        await using var db = factory.CreateDbContext();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "chargepoint.approve");
        Assert.Equal((Operator.Name, "CP-NEW", true), (entry.Actor, entry.Target, entry.Succeeded));
    }

    [Fact]
    public async Task Reject_PendingChargePoint_NextHandshakeIs403AndAudited()
    {
        await using var factory = CreateFactory();
        await using (var cp = await OcppTestClient.ConnectAsync(factory, "CP-NEW"))
        {
            await cp.CallAsync("BootNotification", Boot);
        }

        var outcome = await factory.Services.GetRequiredService<ChargePointApprovals>().RejectAsync("CP-NEW", Operator, CancellationToken.None);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OcppTestClient.ConnectAsync(factory, "CP-NEW"));

        Assert.Equal(ChargePointChangeResult.Updated, outcome.Result);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        var actions = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Action, e.Actor }).ToListAsync();
        Assert.Equal(
            [new { Action = "chargepoint.reject", Actor = Operator.Name }, new { Action = ChargePointAdmission.RefusedAction, Actor = "CP-NEW" }],
            actions);
    }

    [Fact]
    public async Task Reject_WhileConnected_LaterBootIsRejected()
    {
        await using var factory = CreateFactory();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-NEW");
        await cp.CallAsync("BootNotification", Boot);

        await factory.Services.GetRequiredService<ChargePointApprovals>().RejectAsync("CP-NEW", Operator, CancellationToken.None);
        var boot = await cp.CallAsync("BootNotification", Boot);
        var heartbeat = await cp.CallRawAsync("Heartbeat", new { });

        Assert.Equal("Rejected", boot.GetProperty("status").GetString());
        Assert.Equal("SecurityError", heartbeat[2].GetString());
    }
}

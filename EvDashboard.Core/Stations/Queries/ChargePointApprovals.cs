using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// An operator's decision on a charge point that connected under policy PendingApproval. Approval takes effect at
/// its next BootNotification (OCPP 1.6 §4.2.1: it is accepted when a BootNotification is answered Accepted), which
/// a connected charger is asked for at once with TriggerMessage (§5.17); a rejected one is refused at its next handshake.
/// </summary>
public sealed class ChargePointApprovals(
    DatabaseWriter writer,
    StationCommands commands,
    IChargePointMessenger messenger,
    PendingRegistrations pending,
    AuditTrail auditTrail,
    ILogger<ChargePointApprovals> logger)
{
    public async Task<ApprovalOutcome> ApproveAsync(string chargePointId, Actor actor, CancellationToken cancellationToken)
    {
        var result = await DecideAsync(chargePointId, approve: true, actor, cancellationToken);
        if (result != ChargePointChangeResult.Updated || !messenger.IsConnected(chargePointId))
        {
            return new ApprovalOutcome(result);
        }

        var trigger = await commands.TriggerAsync(chargePointId, MessageTrigger.BootNotification, connectorId: null, actor, cancellationToken);
        return new ApprovalOutcome(result, trigger);
    }

    public async Task<ApprovalOutcome> RejectAsync(string chargePointId, Actor actor, CancellationToken cancellationToken)
    {
        var result = await DecideAsync(chargePointId, approve: false, actor, cancellationToken);
        if (result == ChargePointChangeResult.Updated)
        {
            // Its live connection, if any, may do nothing more; the next handshake is refused.
            pending.Set(chargePointId, pending: true);
        }

        return new ApprovalOutcome(result);
    }

    private async Task<ChargePointChangeResult> DecideAsync(string chargePointId, bool approve, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var action = approve ? "chargepoint.approve" : "chargepoint.reject";
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var chargePoint = await scope.Db.ChargePoints.FirstOrDefaultAsync(c => c.Id == chargePointId, ct);
                if (chargePoint is null)
                {
                    return ChargePointChangeResult.NotFound;
                }

                var before = chargePoint.Approval;
                if (approve)
                {
                    chargePoint.Approve();
                }
                else
                {
                    chargePoint.Reject();
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, action, chargePointId, AuditResult.Succeeded, $"was {before}"));
                return ChargePointChangeResult.Updated;
            },
            cancellationToken);
        if (result == ChargePointChangeResult.Updated)
        {
            ChargePointAdministrationLog.Decided(logger, chargePointId, approve ? "approved" : "rejected", actor.Name);
        }

        return result;
    }
}

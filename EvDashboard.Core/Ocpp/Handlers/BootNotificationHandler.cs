using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>
/// OCPP 1.6 §6.2: stores the charger's identity, interrupts sessions it can no longer have, and answers with its
/// registration: Accepted with the heartbeat interval, or Pending/Rejected with the interval to boot again (§4.2.1).
/// </summary>
internal sealed class BootNotificationHandler(
    DatabaseWriter writer, LiveFeed feed, PendingRegistrations pending, TimeProvider time, IOptionsMonitor<OcppOptions> options)
    : OcppCallHandler<BootNotificationRequest, BootNotificationResponse>(OcppJsonContext.Default.BootNotificationRequest, OcppJsonContext.Default.BootNotificationResponse)
{
    public override string Action => OcppActions.BootNotification;

    protected override async Task<BootNotificationResponse> HandleAsync(OcppCallContext context, BootNotificationRequest request, CancellationToken cancellationToken)
    {
        var boot = new BootInfo(request.ChargePointVendor, request.ChargePointModel, request.ChargePointSerialNumber, request.ChargeBoxSerialNumber,
            request.FirmwareVersion, request.Iccid, request.Imsi, request.MeterType, request.MeterSerialNumber);
        var approval = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var stored = ChargePointBootStore.Record(scope, context.ChargePointId, boot, context.ReceivedAt, ct)
                    ?? throw new InvalidOperationException($"Charge point {context.ChargePointId} was deleted while connected.");
                // A charger that is not accepted has no business with transactions yet (§4.2.1); leave the ledger alone.
                var interrupted = stored == ChargePointApproval.Approved && ChargePointBootStore.HasOpenSession(scope, context.ChargePointId, ct)
                    ? await SessionLedger.InterruptOpenSessionsAsync(scope, context.ChargePointId, context.ReceivedAt, ct)
                    : [];
                scope.AfterCommit(() =>
                {
                    feed.Publish(new ChargePointBooted(context.ChargePointId, boot.Vendor, boot.Model, boot.FirmwareVersion, context.ReceivedAt));
                    foreach (var session in interrupted)
                    {
                        feed.Publish(SessionChanged.From(session, context.ReceivedAt));
                    }
                });
                return stored;
            },
            cancellationToken);

        pending.Set(context.ChargePointId, approval != ChargePointApproval.Approved);
        var current = options.CurrentValue;
        return new BootNotificationResponse
        {
            Status = approval switch
            {
                ChargePointApproval.Approved => RegistrationStatus.Accepted,
                ChargePointApproval.Pending => RegistrationStatus.Pending,
                _ => RegistrationStatus.Rejected,
            },
            CurrentTime = time.GetUtcNow(),
            Interval = approval == ChargePointApproval.Approved ? current.HeartbeatIntervalSeconds : current.PendingBootIntervalSeconds,
        };
    }
}

using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>OCPP 1.6 §6.13: the firmware update's progress is kept on the charge point.</summary>
internal sealed class FirmwareStatusNotificationHandler(DatabaseWriter writer)
    : OcppCallHandler<FirmwareStatusNotificationRequest, FirmwareStatusNotificationResponse>(
        OcppJsonContext.Default.FirmwareStatusNotificationRequest, OcppJsonContext.Default.FirmwareStatusNotificationResponse)
{
    public override string Action => OcppActions.FirmwareStatusNotification;

    protected override async Task<FirmwareStatusNotificationResponse> HandleAsync(
        OcppCallContext context, FirmwareStatusNotificationRequest request, CancellationToken cancellationToken)
    {
        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var chargePoint = await scope.Db.ChargePoints.FindAsync([context.ChargePointId], ct);
                chargePoint?.RecordFirmwareStatus(request.Status.ToString());
            },
            cancellationToken);
        return new FirmwareStatusNotificationResponse();
    }
}

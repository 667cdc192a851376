using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>OCPP 1.6 §6.9: the diagnostics upload's progress is kept on the charge point.</summary>
internal sealed class DiagnosticsStatusNotificationHandler(DatabaseWriter writer)
    : OcppCallHandler<DiagnosticsStatusNotificationRequest, DiagnosticsStatusNotificationResponse>(
        OcppJsonContext.Default.DiagnosticsStatusNotificationRequest, OcppJsonContext.Default.DiagnosticsStatusNotificationResponse)
{
    public override string Action => OcppActions.DiagnosticsStatusNotification;

    protected override async Task<DiagnosticsStatusNotificationResponse> HandleAsync(
        OcppCallContext context, DiagnosticsStatusNotificationRequest request, CancellationToken cancellationToken)
    {
        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var chargePoint = await scope.Db.ChargePoints.FindAsync([context.ChargePointId], ct);
                chargePoint?.RecordDiagnosticsStatus(request.Status.ToString());
            },
            cancellationToken);
        return new DiagnosticsStatusNotificationResponse();
    }
}

using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>OCPP 1.6 §6.47: every report goes into the history; the connector's current state moves only forward in time.</summary>
internal sealed class StatusNotificationHandler(DatabaseWriter writer, LiveFeed feed, RollupInvalidation rollups)
    : OcppCallHandler<StatusNotificationRequest, StatusNotificationResponse>(OcppJsonContext.Default.StatusNotificationRequest, OcppJsonContext.Default.StatusNotificationResponse)
{
    public override string Action => OcppActions.StatusNotification;

    protected override async Task<StatusNotificationResponse> HandleAsync(OcppCallContext context, StatusNotificationRequest request, CancellationToken cancellationToken)
    {
        var report = new StatusReport(
            request.ConnectorId,
            Enum.Parse<ConnectorStatus>(request.Status.ToString()),
            request.ErrorCode.ToString(),
            request.Info,
            request.VendorId,
            request.VendorErrorCode,
            request.Timestamp ?? context.ReceivedAt);

        await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var db = scope.Db;
                var duplicate = await db.ConnectorStatusChanges.AnyAsync(
                    c => c.ChargePointId == context.ChargePointId && c.ConnectorId == report.ConnectorId && c.Timestamp == report.Timestamp
                         && c.Status == report.Status && c.ErrorCode == report.ErrorCode,
                    ct);
                if (duplicate)
                {
                    return;
                }

                db.ConnectorStatusChanges.Add(new ConnectorStatusChange(context.ChargePointId, report, context.ReceivedAt));
                if (report.ConnectorId >= 1)
                {
                    rollups.MarkFrom(scope, report.Timestamp, ct);
                }

                var connector = await db.Connectors.FindAsync([context.ChargePointId, report.ConnectorId], ct);
                if (connector is null)
                {
                    connector = new Connector(context.ChargePointId, report.ConnectorId);
                    db.Connectors.Add(connector);
                }

                if (connector.Apply(report))
                {
                    scope.AfterCommit(() => feed.Publish(new ConnectorStatusChanged(
                        context.ChargePointId, report.ConnectorId, report.Status, report.ErrorCode, report.Info, report.Timestamp)));
                }
            },
            cancellationToken);

        return new StatusNotificationResponse();
    }
}

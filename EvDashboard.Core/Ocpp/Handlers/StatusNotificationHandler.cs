using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Stations;

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
            (scope, ct) =>
            {
                if (!ConnectorStatusStore.Record(scope, context.ChargePointId, report, context.ReceivedAt, ct))
                {
                    return Task.CompletedTask;
                }

                if (report.ConnectorId >= 1)
                {
                    rollups.MarkFrom(scope, report.Timestamp, ct);
                }

                var connector = ConnectorStatusStore.Find(scope, context.ChargePointId, report.ConnectorId, ct)
                    ?? new Connector(context.ChargePointId, report.ConnectorId);
                if (connector.Apply(report))
                {
                    ConnectorStatusStore.Save(scope, connector, ct);
                    scope.AfterCommit(() => feed.Publish(new ConnectorStatusChanged(
                        context.ChargePointId, report.ConnectorId, report.Status, report.ErrorCode, report.Info, report.Timestamp)));
                }

                return Task.CompletedTask;
            },
            cancellationToken);

        return new StatusNotificationResponse();
    }
}

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
    // Compiled once. Run as plain LINQ, EF Core 6 compiles a lambda on every call to read a captured enum (Status) or a
    // Find's key values; with a status change per message that JIT work was most of the server's CPU in the benchmarks.
    private static readonly Func<EvDashboardDbContext, string, int, DateTimeOffset, ConnectorStatus, string, CancellationToken, Task<bool>> DuplicateQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, string chargePointId, int connectorId, DateTimeOffset timestamp, ConnectorStatus status, string errorCode, CancellationToken _) =>
            db.ConnectorStatusChanges.Any(c => c.ChargePointId == chargePointId && c.ConnectorId == connectorId && c.Timestamp == timestamp
                && c.Status == status && c.ErrorCode == errorCode));

    private static readonly Func<EvDashboardDbContext, string, int, CancellationToken, Task<Connector?>> ConnectorQuery =
        EF.CompileAsyncQuery((EvDashboardDbContext db, string chargePointId, int connectorId, CancellationToken _) =>
            db.Connectors.FirstOrDefault(c => c.ChargePointId == chargePointId && c.ConnectorId == connectorId));

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
                var duplicate = await DuplicateQuery(db, context.ChargePointId, report.ConnectorId, report.Timestamp, report.Status, report.ErrorCode, ct);
                if (duplicate)
                {
                    return;
                }

                db.ConnectorStatusChanges.Add(new ConnectorStatusChange(context.ChargePointId, report, context.ReceivedAt));
                if (report.ConnectorId >= 1)
                {
                    rollups.MarkFrom(scope, report.Timestamp, ct);
                }

                var connector = await ConnectorQuery(db, context.ChargePointId, report.ConnectorId, ct);
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

using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>OCPP 1.6 §6.17: every sampled value is stored once (replays add nothing) and the session's live figures follow the newest sample.</summary>
internal sealed class MeterValuesHandler(DatabaseWriter writer, LiveFeed feed, RollupInvalidation rollups)
    : OcppCallHandler<MeterValuesRequest, MeterValuesResponse>(OcppJsonContext.Default.MeterValuesRequest, OcppJsonContext.Default.MeterValuesResponse)
{
    public override string Action => OcppActions.MeterValues;

    protected override async Task<MeterValuesResponse> HandleAsync(OcppCallContext context, MeterValuesRequest request, CancellationToken cancellationToken)
    {
        var readings = request.MeterValue.ToReadings();
        await writer.ExecuteAsync(
            (scope, ct) =>
            {
                var session = SessionLedger.RecordMeterValues(
                    scope, context.ChargePointId, request.ConnectorId, request.TransactionId, readings, context.ReceivedAt, ct);
                if (session is not null && readings.Count > 0)
                {
                    // Offline-buffered samples change an earlier day's energy; samples of today cost only this comparison.
                    rollups.MarkFrom(scope, readings.Min(r => r.Timestamp), ct);
                }

                if (session is not null)
                {
                    scope.AfterCommit(() => feed.Publish(SessionChanged.From(session, context.ReceivedAt)));
                }

                return Task.CompletedTask;
            },
            cancellationToken);
        return new MeterValuesResponse();
    }
}

using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Continuation;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Live;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>
/// OCPP 1.6 §6.49. Always answered with a CALLRESULT — also for an unknown or already stopped
/// transaction (recorded as an anomaly) — because a charger retries an unanswered stop for ever
/// and holds its queue behind it (§4.10 on transaction-related messages). A session that completes here is priced
/// in the same unit of work, so the answer goes out only once its final cost is stored with it.
/// </summary>
internal sealed class StopTransactionHandler(DatabaseWriter writer, LiveFeed feed, FinalCostRecorder pricing, RollupInvalidation rollups,
    ContinuationLinker continuations)
    : OcppCallHandler<StopTransactionRequest, StopTransactionResponse>(OcppJsonContext.Default.StopTransactionRequest, OcppJsonContext.Default.StopTransactionResponse)
{
    public override string Action => OcppActions.StopTransaction;

    protected override async Task<StopTransactionResponse> HandleAsync(OcppCallContext context, StopTransactionRequest request, CancellationToken cancellationToken)
    {
        var stop = new SessionStop(request.Timestamp, request.MeterStop, (request.Reason ?? Reason.Local).ToString(), request.IdTag, context.ReceivedAt);
        var transactionData = request.TransactionData.ToReadings();
        var decision = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var (result, session) = await SessionLedger.StopAsync(scope, context.ChargePointId, request.TransactionId, stop, transactionData, ct);
                if (session is not null && (result == StopResult.Completed || transactionData.Count > 0))
                {
                    // The stop fixes the energy curve's end, the failed flag and the revenue day of every day the session spans.
                    rollups.MarkFrom(scope, session.EndedAt < session.StartedAt ? session.EndedAt.Value : session.StartedAt, ct);
                }

                if (result == StopResult.Completed && session is not null)
                {
                    await pricing.RecordAsync(scope, session, context.ReceivedAt, ct);
                    await continuations.HoldReceiptAsync(scope, session, ct);
                    scope.AfterCommit(() => feed.Publish(SessionChanged.From(session, context.ReceivedAt)));
                }

                return request.IdTag is null
                    ? null
                    : await TagAuthorizer.DecideAsync(scope.Db, request.IdTag, context.ReceivedAt, request.TransactionId, ct);
            },
            cancellationToken);

        return new StopTransactionResponse { IdTagInfo = decision?.ToIdTagInfo() };
    }
}

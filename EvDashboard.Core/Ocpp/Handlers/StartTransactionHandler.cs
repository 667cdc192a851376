using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Continuation;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Budgets;
using EvDashboard.Core.Live;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>
/// OCPP 1.6 §6.46. The session is always stored, whatever the tag's status (the charger may have
/// started offline, §4.8), and the answer carries the tag's real status. A resend of the same start
/// returns the same transactionId. A new session gets its tariff version frozen in the same unit of work; a resend
/// keeps what the first start froze.
/// </summary>
internal sealed class StartTransactionHandler(DatabaseWriter writer, LiveFeed feed, BudgetMeter budgets, TariffFreezer tariffs, RollupInvalidation rollups,
    ContinuationLinker continuations)
    : OcppCallHandler<StartTransactionRequest, StartTransactionResponse>(OcppJsonContext.Default.StartTransactionRequest, OcppJsonContext.Default.StartTransactionResponse)
{
    public override string Action => OcppActions.StartTransaction;

    protected override async Task<StartTransactionResponse> HandleAsync(OcppCallContext context, StartTransactionRequest request, CancellationToken cancellationToken)
    {
        var (transactionId, decision) = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                // A session still open on this connector lost its stop and is about to be superseded: it must not make this start ConcurrentTx.
                var decision = await TagAuthorizer.DecideAsync(scope.Db, request.IdTag, context.ReceivedAt, excludeTransactionId: null, ct,
                    startingOn: (context.ChargePointId, request.ConnectorId), budgets);
                var start = new SessionStart(context.ChargePointId, request.ConnectorId, request.IdTag, request.Timestamp, request.MeterStart,
                    request.ReservationId, decision.Outcome, context.ReceivedAt);
                var result = await SessionLedger.StartAsync(scope, start, ct);
                if (result.IsResend)
                {
                    // The same answer as the first time: the decision taken when the session was created.
                    return (result.Session.TransactionId, decision with { Outcome = result.Session.StartAuthorization });
                }

                // A continued session (after a power loss) takes its chain's frozen tariff instead of resolving one again.
                if (!await continuations.LinkAsync(scope, result.Session, ct))
                {
                    await tariffs.FreezeAsync(scope, result.Session, decision.ParentIdTag, ct);
                }

                // An offline-buffered start adds a session to the day it started.
                rollups.MarkFrom(scope, result.Session.StartedAt, ct);

                // Kept like an Authorize: a tag first seen at a start (charger offline, or no Authorize before it) reaches the unknown-tag inbox too.
                scope.Db.AuthorizationRecords.Add(new AuthorizationRecord(context.ChargePointId, request.IdTag, decision.Outcome, decision.IsKnownTag,
                    context.ReceivedAt, Action, request.ConnectorId, decision.Reason));
                scope.AfterCommit(() => feed.Publish(SessionChanged.From(result.Session, context.ReceivedAt)));
                return (result.Session.TransactionId, decision);
            },
            cancellationToken);

        return new StartTransactionResponse { TransactionId = transactionId, IdTagInfo = decision.ToIdTagInfo() };
    }
}

using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Budgets;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>OCPP 1.6 §6.1: answers from the idTag table and keeps the attempt (unknown tags are reviewed from these records).</summary>
internal sealed class AuthorizeHandler(DatabaseWriter writer, BudgetMeter budgets)
    : OcppCallHandler<AuthorizeRequest, AuthorizeResponse>(OcppJsonContext.Default.AuthorizeRequest, OcppJsonContext.Default.AuthorizeResponse)
{
    public override string Action => OcppActions.Authorize;

    protected override async Task<AuthorizeResponse> HandleAsync(OcppCallContext context, AuthorizeRequest request, CancellationToken cancellationToken)
    {
        var decision = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var decision = await TagAuthorizer.DecideAsync(scope.Db, request.IdTag, context.ReceivedAt, excludeTransactionId: null, ct, budgets: budgets);
                scope.Db.AuthorizationRecords.Add(new AuthorizationRecord(
                    context.ChargePointId, request.IdTag, decision.Outcome, decision.IsKnownTag, context.ReceivedAt, Action, reason: decision.Reason));
                return decision;
            },
            cancellationToken);
        return new AuthorizeResponse { IdTagInfo = decision.ToIdTagInfo() };
    }
}

using System.Text.Json;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>Asks a charger to stop a session (OCPP 1.6 §5.12 RemoteStopTransaction) on behalf of the dashboard's operator.</summary>
internal sealed class SessionStopCommand(ChargePointCommandService commands)
{
    public async Task<StopFeedback> StopAsync(string chargePointId, int transactionId, Actor actor, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToElement(
            new RemoteStopTransactionRequest { TransactionId = transactionId }, OcppJsonContext.Default.RemoteStopTransactionRequest);
        var result = await commands.SendAsync(chargePointId, OcppActions.RemoteStopTransaction, payload, actor.Name, cancellationToken);
        return StopFeedback.From(transactionId, result);
    }
}

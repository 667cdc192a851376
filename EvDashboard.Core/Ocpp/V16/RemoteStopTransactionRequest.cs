namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.35: the payload of RemoteStopTransaction.req.</summary>
public sealed record RemoteStopTransactionRequest
{
    public required int TransactionId { get; init; }
}

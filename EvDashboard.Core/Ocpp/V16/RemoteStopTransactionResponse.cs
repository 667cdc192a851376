namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.36: the payload of RemoteStopTransaction.conf.</summary>
public sealed record RemoteStopTransactionResponse
{
    public required RemoteStartStopStatus Status { get; init; }
}

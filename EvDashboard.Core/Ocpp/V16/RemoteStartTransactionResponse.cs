namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.34: the payload of RemoteStartTransaction.conf.</summary>
public sealed record RemoteStartTransactionResponse
{
    public required RemoteStartStopStatus Status { get; init; }
}

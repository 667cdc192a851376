namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.54: the payload of UnlockConnector.conf.</summary>
public sealed record UnlockConnectorResponse
{
    public required UnlockStatus Status { get; init; }
}

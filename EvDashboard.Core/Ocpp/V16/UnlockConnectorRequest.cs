namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.53: the payload of UnlockConnector.req.</summary>
public sealed record UnlockConnectorRequest
{
    /// <summary>Greater than 0.</summary>
    public required int ConnectorId { get; init; }
}

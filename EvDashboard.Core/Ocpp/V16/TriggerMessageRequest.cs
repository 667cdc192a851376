namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.51: the payload of TriggerMessage.req.</summary>
public sealed record TriggerMessageRequest
{
    public required MessageTrigger RequestedMessage { get; init; }

    /// <summary>Greater than 0 when present.</summary>
    public int? ConnectorId { get; init; }
}

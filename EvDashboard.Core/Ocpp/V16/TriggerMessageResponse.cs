namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.52: the payload of TriggerMessage.conf.</summary>
public sealed record TriggerMessageResponse
{
    public required TriggerMessageStatus Status { get; init; }
}

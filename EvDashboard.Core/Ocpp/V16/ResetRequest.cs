namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.39: the payload of Reset.req.</summary>
public sealed record ResetRequest
{
    public required ResetType Type { get; init; }
}

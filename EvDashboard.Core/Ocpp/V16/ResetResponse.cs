namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.40: the payload of Reset.conf.</summary>
public sealed record ResetResponse
{
    public required ResetStatus Status { get; init; }
}

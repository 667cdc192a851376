namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.8: the payload of ChangeAvailability.conf.</summary>
public sealed record ChangeAvailabilityResponse
{
    public required AvailabilityStatus Status { get; init; }
}

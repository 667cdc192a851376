namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.14: the payload of ClearChargingProfile.conf.</summary>
public sealed record ClearChargingProfileResponse
{
    public required ClearChargingProfileStatus Status { get; init; }
}

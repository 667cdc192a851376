namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.44: the payload of SetChargingProfile.conf.</summary>
public sealed record SetChargingProfileResponse
{
    public required ChargingProfileStatus Status { get; init; }
}

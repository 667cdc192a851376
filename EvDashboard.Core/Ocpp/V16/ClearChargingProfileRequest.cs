namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.13: the payload of ClearChargingProfile.req.</summary>
public sealed record ClearChargingProfileRequest
{
    public int? Id { get; init; }

    /// <summary>0 for the charge point as a whole; absent for all connectors.</summary>
    public int? ConnectorId { get; init; }

    public ChargingProfilePurposeType? ChargingProfilePurpose { get; init; }

    public int? StackLevel { get; init; }
}

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.43: the payload of SetChargingProfile.req.</summary>
public sealed record SetChargingProfileRequest
{
    /// <summary>0 for an overall limit of the charge point.</summary>
    public required int ConnectorId { get; init; }

    /// <summary>Singular despite the name: the spec's field is one ChargingProfile.</summary>
    public required ChargingProfile CsChargingProfiles { get; init; }
}

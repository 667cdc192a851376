namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.7: the payload of ChangeAvailability.req.</summary>
public sealed record ChangeAvailabilityRequest
{
    /// <summary>0 for the whole charge point.</summary>
    public required int ConnectorId { get; init; }

    public required AvailabilityType Type { get; init; }
}

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.21: the payload of GetCompositeSchedule.req.</summary>
public sealed record GetCompositeScheduleRequest
{
    /// <summary>0 for the grid connection of the whole charge point.</summary>
    public required int ConnectorId { get; init; }

    /// <summary>Seconds.</summary>
    public required int Duration { get; init; }

    public ChargingRateUnitType? ChargingRateUnit { get; init; }
}

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.22: the payload of GetCompositeSchedule.conf.</summary>
public sealed record GetCompositeScheduleResponse
{
    public required GetCompositeScheduleStatus Status { get; init; }

    public int? ConnectorId { get; init; }

    public DateTimeOffset? ScheduleStart { get; init; }

    public ChargingSchedule? ChargingSchedule { get; init; }
}

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.14: one period of a ChargingSchedule.</summary>
public sealed record ChargingSchedulePeriod
{
    /// <summary>Seconds from the start of the schedule.</summary>
    public required int StartPeriod { get; init; }

    /// <summary>In the schedule's ChargingRateUnit, at most one decimal place; decimal keeps 8.1 exact.</summary>
    public required decimal Limit { get; init; }

    /// <summary>Absent means 3.</summary>
    public int? NumberPhases { get; init; }
}

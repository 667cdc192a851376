namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.13: limits over time, in a ChargingProfile or GetCompositeSchedule.conf.</summary>
public sealed record ChargingSchedule
{
    /// <summary>Seconds.</summary>
    public int? Duration { get; init; }

    public DateTimeOffset? StartSchedule { get; init; }

    public required ChargingRateUnitType ChargingRateUnit { get; init; }

    /// <summary>At least one (cardinality 1..*).</summary>
    public required IReadOnlyList<ChargingSchedulePeriod> ChargingSchedulePeriod { get; init; }

    /// <summary>At most one decimal place; decimal keeps 8.1 exact.</summary>
    public decimal? MinChargingRate { get; init; }
}

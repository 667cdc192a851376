using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs.Administration;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>
/// "What would this cost": a sample session turned into the same timeline a charger's messages would give, priced
/// by the same <see cref="TariffCalculator"/> as real sessions, so the preview is the bill.
/// </summary>
public static class CostPreview
{
    /// <summary>A week: longer sessions are not previewed (one reading per minute keeps the timeline small).</summary>
    public const int MaxMinutes = 7 * 24 * 60;

    /// <summary>1 MWh, far above any car battery.</summary>
    public const long MaxEnergyWh = 1_000_000;

    public static TariffErrors Validate(CostPreviewInput input, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(zone);
        var errors = new TariffErrors();
        if (zone.IsInvalidTime(input.LocalStart))
        {
            errors.Add("LocalStart", $"That local time does not exist in {zone.Id} (the clocks skip it); pick another.");
        }

        if (input.EnergyWh is < 0 or > MaxEnergyWh)
        {
            errors.Add("EnergyWh", $"Energy is 0 to {MaxEnergyWh / 1000} kWh.");
        }

        if (input.ChargingMinutes is < 0 or > MaxMinutes)
        {
            errors.Add("ChargingMinutes", $"Charging time is 0 to {MaxMinutes} minutes (a week).");
        }
        else if (input is { ChargingMinutes: 0, EnergyWh: > 0 })
        {
            errors.Add("ChargingMinutes", "Energy needs charging time: enter at least 1 minute.");
        }

        if (input.IdleMinutes is < 0 or > MaxMinutes)
        {
            errors.Add("IdleMinutes", $"Idle time is 0 to {MaxMinutes} minutes (a week).");
        }

        return errors;
    }

    /// <summary>The UTC instant of a site-local start; in the repeated hour of a clock change, the later (standard-time) one.</summary>
    public static DateTimeOffset StartUtc(DateTime localStart, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(localStart, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }

    /// <summary>
    /// Charging from <paramref name="startUtc"/> for <paramref name="chargingMinutes"/> with the energy spread
    /// linearly, then SuspendedEV for <paramref name="idleMinutes"/>; one register reading per minute, from 0 Wh.
    /// </summary>
    public static SessionTimeline BuildTimeline(DateTimeOffset startUtc, long energyWh, int chargingMinutes, int idleMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(energyWh);
        ArgumentOutOfRangeException.ThrowIfNegative(chargingMinutes);
        ArgumentOutOfRangeException.ThrowIfNegative(idleMinutes);
        var chargingEnd = startUtc.AddMinutes(chargingMinutes);
        var readings = new List<EnergyReading>(chargingMinutes + idleMinutes);
        for (var minute = 1; minute <= chargingMinutes; minute++)
        {
            // Rounded down, so the last Wh arrives in the last charging minute and idle starts exactly when charging ends.
            readings.Add(new EnergyReading(startUtc.AddMinutes(minute), energyWh * minute / chargingMinutes));
        }

        for (var minute = 1; minute <= idleMinutes; minute++)
        {
            readings.Add(new EnergyReading(chargingEnd.AddMinutes(minute), energyWh));
        }

        List<StatusPoint> statuses = [new StatusPoint(startUtc, ConnectorStatus.Charging)];
        if (idleMinutes > 0)
        {
            statuses.Add(new StatusPoint(chargingEnd, ConnectorStatus.SuspendedEV));
        }

        return new SessionTimeline(startUtc, 0, chargingEnd.AddMinutes(idleMinutes), energyWh, readings, statuses);
    }

    /// <summary>The breakdown of the sample session under <paramref name="definition"/>; check <see cref="Validate"/> first.</summary>
    public static CostBreakdown Price(TariffDefinition definition, CostPreviewInput input, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(input);
        var timeline = BuildTimeline(StartUtc(input.LocalStart, zone), input.EnergyWh, input.ChargingMinutes, input.IdleMinutes);
        return TariffCalculator.Calculate(definition, timeline, zone);
    }
}

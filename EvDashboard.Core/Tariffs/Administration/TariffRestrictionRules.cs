namespace EvDashboard.Core.Tariffs.Administration;

/// <summary>The rules for a price's days, time band and kWh range (<see cref="PriceRestriction"/>).</summary>
internal static class TariffRestrictionRules
{
    /// <summary>1000 MWh: no session delivers more; a larger number is a unit mistake (Wh typed as mWh).</summary>
    public const long MaxEnergyWh = 1_000_000_000;

    public static void Check(TariffErrors errors, string path, PriceRestriction restriction, bool allowsEnergyRange)
    {
        CheckDays(errors, path + ".Days", restriction.Days);
        CheckTime(errors, path + ".StartTime", restriction.StartTime);
        CheckTime(errors, path + ".EndTime", restriction.EndTime);
        if (restriction is { StartTime: { } start, EndTime: { } end } && start == end)
        {
            errors.Add(path + ".EndTime", "The band must end at another time than it starts (leave both empty for all day).");
        }

        if (!allowsEnergyRange)
        {
            if (restriction.MinEnergyWh is not null || restriction.MaxEnergyWh is not null)
            {
                errors.Add(path + ".MinEnergyWh", "kWh ranges apply to energy prices only.");
            }

            return;
        }

        CheckEnergy(errors, path, restriction.MinEnergyWh, restriction.MaxEnergyWh);
    }

    private static void CheckDays(TariffErrors errors, string path, IReadOnlyList<DayOfWeek>? days)
    {
        if (days is null)
        {
            return;
        }

        if (days.Any(d => !Enum.IsDefined(d)))
        {
            errors.Add(path, "Days are Monday to Sunday.");
        }
        else if (days.Distinct().Count() != days.Count)
        {
            errors.Add(path, "Each day may be listed once.");
        }
    }

    private static void CheckTime(TariffErrors errors, string path, TimeOnly? time)
    {
        if (time is { } value && value.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            errors.Add(path, "Times are whole minutes (hh:mm).");
        }
    }

    private static void CheckEnergy(TariffErrors errors, string path, long? min, long? max)
    {
        if (min is < 0 or > MaxEnergyWh)
        {
            errors.Add(path + ".MinEnergyWh", "The range starts at 0 kWh or more.");
        }

        if (max is <= 0 or > MaxEnergyWh)
        {
            errors.Add(path + ".MaxEnergyWh", "The range ends above 0 kWh.");
        }
        else if (min is { } from && max is { } to && from >= to)
        {
            errors.Add(path + ".MaxEnergyWh", "The range must end above where it starts.");
        }
    }
}

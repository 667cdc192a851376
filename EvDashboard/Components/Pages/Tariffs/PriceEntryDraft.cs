using System.Globalization;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;

namespace EvDashboard.Components.Pages.Tariffs;

/// <summary>One price of a component as the editor holds it: text times and kWh as typed, days as seven checkboxes (Monday first).</summary>
public sealed class PriceEntryDraft
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public decimal? Price { get; set; }

    public bool[] Days { get; } = new bool[7];

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public decimal? MinKwh { get; set; }

    public decimal? MaxKwh { get; set; }

    public static PriceEntryDraft From(PriceComponent entry)
    {
        var draft = new PriceEntryDraft { Price = entry.Price };
        if (entry.Restriction is { } r)
        {
            for (var i = 0; i < Week.Length; i++)
            {
                draft.Days[i] = r.Days?.Contains(Week[i]) == true;
            }

            draft.StartTime = r.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture);
            draft.EndTime = r.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture);
            draft.MinKwh = r.MinEnergyWh / 1000m;
            draft.MaxKwh = r.MaxEnergyWh / 1000m;
        }

        return draft;
    }

    /// <summary>The entry as the model has it; what cannot be read (a blank price, "7h") goes into <paramref name="errors"/> under the validator's paths.</summary>
    public PriceComponent ToComponent(string path, TariffErrors errors)
    {
        if (Price is null)
        {
            errors.Add(path + ".Price", "Enter a price (0 for free).");
        }

        var days = Week.Where((_, i) => Days[i]).ToList();
        var restriction = new PriceRestriction(
            days.Count == 0 ? null : days,
            ParseTime(StartTime, path + ".Restriction.StartTime", errors),
            ParseTime(EndTime, path + ".Restriction.EndTime", errors),
            ToWh(MinKwh, path + ".Restriction.MinEnergyWh", errors),
            ToWh(MaxKwh, path + ".Restriction.MaxEnergyWh", errors));
        var unrestricted = restriction is { Days: null, StartTime: null, EndTime: null, MinEnergyWh: null, MaxEnergyWh: null };
        return new PriceComponent(Price ?? 0m, unrestricted ? null : restriction);
    }

    private static TimeOnly? ParseTime(string? text, string path, TariffErrors errors)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // 24:00 is how people write the end of the day; the model spells it 00:00.
        if (trimmed == "24:00")
        {
            return TimeOnly.MinValue;
        }

        if (TimeOnly.TryParseExact(trimmed, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(path, "Enter a time as hh:mm (e.g. 07:00), or leave it empty.");
        return null;
    }

    private static long? ToWh(decimal? kwh, string path, TariffErrors errors)
    {
        if (kwh is not { } value)
        {
            return null;
        }

        var wh = value * 1000m;
        if (wh != decimal.Truncate(wh) || Math.Abs(wh) > long.MaxValue / 2)
        {
            errors.Add(path, "kWh have at most 3 decimals (whole Wh).");
            return null;
        }

        return (long)wh;
    }
}

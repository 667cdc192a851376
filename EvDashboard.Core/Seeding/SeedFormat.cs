using System.Globalization;

namespace EvDashboard.Core.Seeding;

/// <summary>Values in the form EF Core's SQLite provider stores them, so seeded rows read back like the product's own.</summary>
internal static class SeedFormat
{
    public static long Ticks(DateTimeOffset at) => at.UtcTicks;

    /// <summary>EF Core stores a decimal as text with at least one decimal place.</summary>
    public static string Decimal(decimal value) => value.ToString("0.0###########################", CultureInfo.InvariantCulture);

    public static DateTimeOffset StartOfLocalDate(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        // A few zones move their clocks at midnight: the day then starts at the first valid local time.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

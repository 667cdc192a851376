namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Site-local days and hours in UTC, the way the rollups cut time (correct on DST days and in half-hour zones).</summary>
internal static class RollupCalendar
{
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The UTC instant the local date begins (as <see cref="Sites.SiteClock.StartOfLocalDate"/>).</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Midnight can fall into a DST gap in a few zones; the day then starts at the first valid local time.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The local date's bounds and hours; for today (or a later day) only up to <paramref name="now"/>.</summary>
    public static RollupWindow Window(DateOnly date, TimeZoneInfo zone, DateTimeOffset now)
    {
        var start = StartOf(date, zone);
        var end = StartOf(date.AddDays(1), zone);
        var until = now < end ? (now < start ? start : now) : end;
        var weekday = ((int)date.DayOfWeek + 6) % 7;
        var hours = new List<RollupHour>(25);
        var hourStart = start;
        // Every UTC offset in use is a whole number of quarter hours, so local whole hours begin on a UTC quarter hour.
        for (var t = start.AddMinutes(15); t <= end; t = t.AddMinutes(15))
        {
            if (t < end && TimeZoneInfo.ConvertTime(t, zone).Minute != 0)
            {
                continue;
            }

            if (hourStart < until)
            {
                hours.Add(new RollupHour(hourStart, t, TimeZoneInfo.ConvertTime(hourStart, zone).Hour, weekday));
            }

            hourStart = t;
        }

        return new RollupWindow(date, start, end, until, hours);
    }
}

namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>Whether a restriction's day and time band covers a moment of the site's wall clock (docs/TARIFFS.md, rule 3).</summary>
internal static class LocalBand
{
    private static readonly TimeSpan EndOfDay = TimeSpan.FromDays(1);

    public static bool Matches(PriceRestriction? restriction, DateTime local)
    {
        if (restriction is null)
        {
            return true;
        }

        return MatchesDay(restriction.Days, local.DayOfWeek) && MatchesTime(restriction.StartTime, restriction.EndTime, local.TimeOfDay);
    }

    /// <summary>The first entry whose day and time band covers the moment (energy limits aside), or -1.</summary>
    public static int FirstMatch(IReadOnlyList<PriceComponent> entries, DateTime local)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (Matches(entries[i].Restriction, local))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the restriction limits days or times at all (an energy-only restriction does not).</summary>
    public static bool LimitsTime(PriceRestriction? restriction) =>
        restriction is not null && (HasDays(restriction) || restriction.StartTime is not null || restriction.EndTime is not null);

    public static bool HasDays(PriceRestriction restriction) => restriction.Days is { Count: > 0 };

    /// <summary>The band's end as a time of day, 24:00 for "until midnight" (an end of 00:00 or none).</summary>
    public static TimeSpan EndOf(TimeOnly? end) => end is null || end.Value == TimeOnly.MinValue ? EndOfDay : end.Value.ToTimeSpan();

    public static TimeSpan StartOf(TimeOnly? start) => start?.ToTimeSpan() ?? TimeSpan.Zero;

    private static bool MatchesDay(IReadOnlyList<DayOfWeek>? days, DayOfWeek day)
    {
        if (days is null || days.Count == 0)
        {
            return true;
        }

        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] == day)
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesTime(TimeOnly? startTime, TimeOnly? endTime, TimeSpan timeOfDay)
    {
        var start = StartOf(startTime);
        var end = EndOf(endTime);
        if (start < end)
        {
            return timeOfDay >= start && timeOfDay < end;
        }

        // End before start runs over midnight (22:00–06:00); equal start and end is an empty band.
        return start > end && (timeOfDay >= start || timeOfDay < end);
    }
}

using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Sites;

/// <summary>The site's view of time: local times for display, and the UTC bounds of the site's days (correct on DST days).</summary>
public sealed class SiteClock(TimeProvider time, IOptions<SiteOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public string SiteName { get; } = options.Value.Name;

    public TimeZoneInfo Zone => _zone;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, _zone);

    /// <summary>The UTC instant at which the site's day containing <paramref name="instant"/> began.</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return StartOfLocalDate(DateOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The UTC instant at which a local calendar date begins in the site's zone.</summary>
    public DateTimeOffset StartOfLocalDate(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Midnight can fall into a DST gap in a few zones; the day then starts at the first valid local time.
        while (_zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    public DateTimeOffset StartOfToday => StartOfDay(UtcNow);
}

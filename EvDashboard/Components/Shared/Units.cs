using System.Globalization;

namespace EvDashboard.Components.Shared;

/// <summary>One way to show numbers with their units across every page (PRODUCT.md: numbers have units).</summary>
internal static class Units
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Kw(long? watts) => watts is { } w ? $"{(w / 1000m).ToString("0.0", Culture)} kW" : "— kW";

    public static string Kwh(long? wattHours) => wattHours is { } wh ? $"{(wh / 1000m).ToString("0.00", Culture)} kWh" : "— kWh";

    public static string Percent(int? value) => value is { } v ? $"{v.ToString(Culture)} %" : "— %";

    /// <summary>1 h 05 min, 12 min 30 s, 45 s.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalHours >= 1
            ? $"{(int)span.TotalHours} h {span.Minutes:00} min"
            : span.TotalMinutes >= 1 ? $"{span.Minutes} min {span.Seconds:00} s" : $"{span.Seconds} s";
    }

    public static string Ago(DateTimeOffset? at, DateTimeOffset now) => at is { } t ? $"{Duration(now - t)} ago" : "never";

    /// <summary>A time in the site's zone: "14:05:09" today, "21 Nov 14:05" otherwise.</summary>
    public static string LocalTime(DateTimeOffset local, DateTimeOffset localNow) =>
        local.Date == localNow.Date ? local.ToString("HH:mm:ss", Culture) : local.ToString("d MMM HH:mm", Culture);
}

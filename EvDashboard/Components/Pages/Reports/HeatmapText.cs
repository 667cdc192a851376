using System.Globalization;
using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Components.Pages.Reports;

/// <summary>Words and colours of the peak-hour heatmap, shared by the coloured grid and its table.</summary>
internal static class HeatmapText
{
    /// <summary>Row order of <see cref="HeatmapResult.Cells"/>: weekday 0 is Monday.</summary>
    public static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static string MetricText(HeatmapMetric metric) => metric switch
    {
        HeatmapMetric.Energy => "Energy per hour",
        HeatmapMetric.Sessions => "Sessions started per hour",
        _ => "Occupancy",
    };

    /// <summary>"Peak hours: Energy per hour (kWh) · 1 Oct 2026 – 31 Oct 2026 · Europe/Berlin"; the zone says whose hours these are.</summary>
    public static string Title(HeatmapMetric metric, string? unit, DateOnly from, DateOnly to, string? zone)
    {
        var what = string.IsNullOrEmpty(unit) ? MetricText(metric) : $"{MetricText(metric)} ({unit})";
        var title = $"Peak hours: {what} · {ReportText.Range(from, to)}";
        return string.IsNullOrEmpty(zone) ? title : $"{title} · {zone}";
    }

    /// <summary>One hue, lighter to darker with the value, so the scale reads without a colour sense for hue.</summary>
    public static string Colour(decimal value, decimal max)
    {
        if (max <= 0 || value <= 0)
        {
            return "#f1f3f5";
        }

        var share = (double)Math.Clamp(value / max, 0m, 1m);
        var alpha = 0.08 + (0.92 * share);
        return string.Create(CultureInfo.InvariantCulture, $"rgba(21, 101, 192, {alpha:0.###})");
    }
}

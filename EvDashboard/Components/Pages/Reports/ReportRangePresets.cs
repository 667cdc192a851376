using EvDashboard.Core.Revenue.Reports;

namespace EvDashboard.Components.Pages.Reports;

/// <summary>The ranges managers ask for most, computed from the site's today so that "this month" means the site's month.</summary>
internal static class ReportRangePresets
{
    public static IReadOnlyList<ReportRangePreset> For(DateOnly today)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        return
        [
            new("Last 30 days", today.AddDays(1 - ReportRequestParser.DefaultDays), today),
            new("This month", monthStart, today),
            new("Last month", monthStart.AddMonths(-1), monthStart.AddDays(-1)),
            new("This year", new DateOnly(today.Year, 1, 1), today),
            new("Last 12 months", today.AddMonths(-12).AddDays(1), today),
        ];
    }

    /// <summary>The preset a range equals, so a link to "last month" shows as such; null for a custom range.</summary>
    public static ReportRangePreset? Matching(DateOnly from, DateOnly to, DateOnly today) =>
        For(today).FirstOrDefault(p => p.From == from && p.To == to);
}

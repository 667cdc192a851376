using EvDashboard.Core.Sites;

namespace EvDashboard.Core.Identity.Budgets;

/// <summary>Where the current budget period began, as a UTC instant, with days, weeks and months of the site's time zone.</summary>
internal static class BudgetPeriodStart
{
    public static DateTimeOffset Of(BudgetPeriod period, DateTimeOffset now, SiteClock clock)
    {
        var today = DateOnly.FromDateTime(clock.ToLocal(now).DateTime);
        var first = period switch
        {
            BudgetPeriod.Day => today,
            // ISO 8601: the week starts on Monday.
            BudgetPeriod.Week => today.AddDays(-(((int)today.DayOfWeek + 6) % 7)),
            _ => new DateOnly(today.Year, today.Month, 1),
        };
        return clock.StartOfLocalDate(first);
    }
}

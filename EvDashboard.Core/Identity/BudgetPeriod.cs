namespace EvDashboard.Core.Identity;

/// <summary>The calendar period a budget covers, in the site's time zone; a week starts on Monday (ISO 8601).</summary>
public enum BudgetPeriod
{
    Day,
    Week,
    Month,
}

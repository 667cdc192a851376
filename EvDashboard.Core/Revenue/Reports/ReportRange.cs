namespace EvDashboard.Core.Revenue.Reports;

/// <summary>Site-local dates, both inclusive, and the charge point the rollups are restricted to (null: all).</summary>
internal readonly record struct ReportRange(DateOnly First, DateOnly Last, string? ChargePointId)
{
    public int FirstDay => First.DayNumber;

    public int LastDay => Last.DayNumber;

    public int Days => Last.DayNumber - First.DayNumber + 1;
}

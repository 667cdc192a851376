namespace EvDashboard.Core.Revenue.Reports;

/// <summary>SiteHours summed over one weekday (0 = Monday) and local hour of a range.</summary>
internal sealed record SiteHourCell(int Weekday, int Hour, long EnergyWh, long SessionsStarted, long OccupiedSeconds, long ObservedSeconds);

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>Totals over every session the filter selects (not just one page).</summary>
public sealed record SessionHistoryTotals(int Sessions, long EnergyWh, TimeSpan Duration)
{
    public static readonly SessionHistoryTotals Zero = new(0, 0, TimeSpan.Zero);
}

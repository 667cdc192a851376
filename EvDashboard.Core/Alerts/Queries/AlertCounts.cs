namespace EvDashboard.Core.Alerts.Queries;

/// <summary>What the navigation badge and the critical banner show: open and acknowledged counts and the newest open critical alert.</summary>
public sealed record AlertCounts(int Open, int Acknowledged, int OpenCritical, AlertRow? NewestCritical)
{
    public static AlertCounts None { get; } = new(0, 0, 0, null);
}

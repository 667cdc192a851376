namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>All rollup rows of one site-local day, ready to replace the stored ones.</summary>
internal sealed record RollupDayResult(
    int Day,
    IReadOnlyList<ConnectorDay> ConnectorDays,
    IReadOnlyList<ChargePointDay> ChargePointDays,
    IReadOnlyList<SiteHour> SiteHours,
    IReadOnlyList<RevenueDay> RevenueDays)
{
    public int RowCount => ConnectorDays.Count + ChargePointDays.Count + SiteHours.Count + RevenueDays.Count;
}

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// Weekday × hour in the site's zone over a range. <paramref name="Cells"/>[weekday][hour], weekday 0 = Monday; each cell is
/// the average over the range's occurrences of that weekday and hour (energy in kWh, sessions, occupancy in %).
/// </summary>
public sealed record HeatmapResult(HeatmapMetric Metric, DateOnly From, DateOnly To, string TimeZone, string Unit, int Decimals, IReadOnlyList<IReadOnlyList<decimal>> Cells)
{
    public decimal Max => Cells.SelectMany(row => row).DefaultIfEmpty(0m).Max();

    public bool IsEmpty => Cells.All(row => row.All(cell => cell == 0m));
}

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>The best and the worst charge points by gross revenue over a range (bottom includes stations that earned nothing).</summary>
public sealed record StationRanking(IReadOnlyList<StationRank> Top, IReadOnlyList<StationRank> Bottom);

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>What a full rebuild did.</summary>
public sealed record RollupRebuildSummary(DateOnly FirstDay, DateOnly LastDay, int Days, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : Rows;
}

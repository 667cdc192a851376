namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>How far a full rebuild has come.</summary>
public sealed record RollupProgress(int DaysDone, int DaysTotal, long Rows, TimeSpan Elapsed);

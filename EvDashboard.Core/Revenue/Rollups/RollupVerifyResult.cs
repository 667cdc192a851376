namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>What verify compared: every day up to yesterday (today moves while you look), and every row that differed.</summary>
public sealed record RollupVerifyResult(int Days, long Rows, IReadOnlyList<string> Differences, TimeSpan Elapsed)
{
    public bool IsIdentical => Differences.Count == 0;
}

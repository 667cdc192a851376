namespace EvDashboard.Core.Seeding;

/// <summary>What a seeding run wrote: rows per table, in the order they were first written, and how long it took.</summary>
public sealed record SeedSummary(IReadOnlyList<KeyValuePair<string, long>> RowsPerTable, TimeSpan Elapsed)
{
    public long TotalRows => RowsPerTable.Sum(r => r.Value);

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? TotalRows / Elapsed.TotalSeconds : TotalRows;
}

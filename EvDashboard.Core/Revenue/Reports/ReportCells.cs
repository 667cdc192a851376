namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// Rollup facts summed into report rows: one accumulator per row key and bucket (the currency when a revenue report
/// splits by currency, otherwise ""), plus the total of everything that fell inside the range.
/// </summary>
internal sealed class ReportCells<TSums>
    where TSums : class, new()
{
    private readonly Dictionary<(ReportKey Row, string Bucket), TSums> _cells = [];

    public TSums Total { get; } = new();

    /// <summary>No fact fell inside the range: the report then has no rows.</summary>
    public bool IsEmpty => _cells.Count == 0;

    public IEnumerable<(ReportKey Row, string Bucket)> Keys => _cells.Keys;

    public static ReportCells<TSums> Of<TFact>(IEnumerable<TFact> facts, Func<TFact, ReportKey?> rowOf, Func<TFact, string> bucketOf, Action<TSums, TFact> add)
    {
        var cells = new ReportCells<TSums>();
        foreach (var fact in facts)
        {
            if (rowOf(fact) is not { } row)
            {
                continue;
            }

            var key = (row, bucketOf(fact));
            if (!cells._cells.TryGetValue(key, out var sums))
            {
                sums = new TSums();
                cells._cells.Add(key, sums);
            }

            add(sums, fact);
            add(cells.Total, fact);
        }

        return cells;
    }

    public TSums? Find(ReportKey row, string bucket) => _cells.GetValueOrDefault((row, bucket));

    /// <summary>
    /// The rows to show: for periods every period in every bucket (zero-filled); for dimensions every key with data now
    /// or in the comparison period, plus the standing keys (stations that did nothing) in the first bucket.
    /// </summary>
    public static List<(ReportKey Row, string Bucket)> RowKeys(ReportLayout layout, ReportCells<TSums> current, ReportCells<TSums>? previous, IReadOnlyList<string> buckets)
    {
        if (layout.IsTime)
        {
            return [.. layout.StandingKeys.SelectMany(row => buckets.Select(bucket => (row, bucket)))];
        }

        var keys = current.Keys.Concat(previous?.Keys ?? []).Distinct().ToList();
        var rows = keys.Select(k => k.Row).ToHashSet();
        keys.AddRange(layout.StandingKeys.Where(rows.Add).Select(row => (row, buckets[0])));
        return keys;
    }
}

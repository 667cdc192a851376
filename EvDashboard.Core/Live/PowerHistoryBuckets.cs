namespace EvDashboard.Core.Live;

/// <summary>
/// Energy delivered per fixed time bucket (UTC-aligned, so every site zone's quarter hours line up), in whole Wh.
/// Energy reported for an interval is spread over the buckets it covers in proportion to time, with the
/// rounding carried forward so the buckets always add up to exactly the reported energy.
/// </summary>
internal sealed class PowerHistoryBuckets(TimeSpan bucket, int count)
{
    private readonly Dictionary<long, long> _energyWh = [];

    public TimeSpan Bucket { get; } = bucket;

    public int Count { get; } = count;

    /// <summary>Adds energy delivered between <paramref name="from"/> and <paramref name="to"/>; only buckets at or after <paramref name="keepFrom"/> are kept.</summary>
    public void Add(DateTimeOffset from, DateTimeOffset to, long wh, DateTimeOffset keepFrom)
    {
        if (wh <= 0 || to <= keepFrom)
        {
            return;
        }

        if (to <= from)
        {
            Accumulate(IndexOf(to), wh);
            return;
        }

        var total = (to - from).Ticks;
        var first = Math.Max(IndexOf(from), IndexOf(keepFrom));
        var assigned = Share(wh, Math.Max(0, StartOf(first).UtcTicks - from.UtcTicks), total);
        for (var index = first; StartOf(index) < to; index++)
        {
            var end = Math.Min(StartOf(index + 1).UtcTicks, to.UtcTicks);
            var cumulative = Share(wh, end - from.UtcTicks, total);
            Accumulate(index, cumulative - assigned);
            assigned = cumulative;
        }
    }

    /// <summary>The completed buckets of the window that ends at the bucket containing <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<PowerHistoryPoint> Points(DateTimeOffset now)
    {
        var current = IndexOf(now);
        var points = new List<PowerHistoryPoint>(Count);
        for (var index = current - Count; index < current; index++)
        {
            var wh = _energyWh.GetValueOrDefault(index);
            // Average power = energy / duration: Wh × 3600 s/h ÷ bucket seconds.
            var watts = (long)Math.Round(wh * 3600d / Bucket.TotalSeconds, MidpointRounding.AwayFromZero);
            points.Add(new PowerHistoryPoint(StartOf(index), watts));
        }

        return points;
    }

    /// <summary>The start of the oldest bucket still shown at <paramref name="now"/>.</summary>
    public DateTimeOffset WindowStart(DateTimeOffset now) => StartOf(IndexOf(now) - Count);

    public void Trim(DateTimeOffset now)
    {
        var oldest = IndexOf(now) - Count;
        foreach (var index in _energyWh.Keys.Where(k => k < oldest).ToList())
        {
            _energyWh.Remove(index);
        }
    }

    private void Accumulate(long index, long wh)
    {
        if (wh != 0)
        {
            _energyWh[index] = _energyWh.GetValueOrDefault(index) + wh;
        }
    }

    private long IndexOf(DateTimeOffset at) => at.UtcTicks / Bucket.Ticks;

    private DateTimeOffset StartOf(long index) => new(index * Bucket.Ticks, TimeSpan.Zero);

    // wh × part ÷ total without overflow: a day of ticks times a large register exceeds 64 bits.
    private static long Share(long wh, long part, long total) => (long)((Int128)wh * Math.Min(part, total) / total);
}

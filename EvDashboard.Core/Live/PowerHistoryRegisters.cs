namespace EvDashboard.Core.Live;

/// <summary>
/// The last energy-register reading of each session, turning successive readings into energy per interval.
/// A reading not newer than the last one (a replay, or a late offline-buffered sample) adds nothing: the
/// interval it falls in was already counted from its neighbours.
/// </summary>
internal sealed class PowerHistoryRegisters
{
    /// <summary>A rate above 10 MW is a meter glitch or a reset register, not charging (the ledger uses the same bound).</summary>
    private const double MaxPlausibleW = 10_000_000;

    private readonly Dictionary<int, (DateTimeOffset At, long Wh)> _last = [];

    public int Count => _last.Count;

    public void Apply(IEnumerable<PowerHistoryReading> readings, PowerHistoryBuckets buckets, DateTimeOffset keepFrom)
    {
        foreach (var reading in readings.OrderBy(r => r.At))
        {
            if (_last.TryGetValue(reading.TransactionId, out var last))
            {
                if (reading.At <= last.At)
                {
                    continue;
                }

                var delta = reading.Wh - last.Wh;
                if (delta > 0 && delta * 3600d / (reading.At - last.At).TotalSeconds <= MaxPlausibleW)
                {
                    buckets.Add(last.At, reading.At, delta, keepFrom);
                }
            }

            _last[reading.TransactionId] = (reading.At, reading.Wh);
        }
    }

    /// <summary>Drops sessions not heard of since <paramref name="before"/>: memory stays bounded by the sessions of the window.</summary>
    public void Forget(DateTimeOffset before)
    {
        foreach (var transactionId in _last.Where(e => e.Value.At < before).Select(e => e.Key).ToList())
        {
            _last.Remove(transactionId);
        }
    }
}

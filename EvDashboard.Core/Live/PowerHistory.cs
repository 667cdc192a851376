using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Live;

/// <summary>
/// The network's charging power over the last hours, as average power per 5-minute bucket. It is computed
/// from the sessions' energy registers (the readings billing uses: samples, meterStart, meterStop), so it is
/// exact whether or not chargers also send Power.Active.Import, and the area under the curve is the energy
/// delivered. Backfilled from the database on the first refresh, then brought up to date by
/// <see cref="PowerHistorySampler"/> with only the rows added since; pages read <see cref="Snapshot"/>.
/// </summary>
public sealed class PowerHistory
{
    public const int BucketCount = 72;

    public static readonly TimeSpan BucketLength = TimeSpan.FromMinutes(5);

    /// <summary>Readings this far before the window give the sessions already running their starting register.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromMinutes(30);

    /// <summary>Stops are found by their end time; one a little older than a refresh interval still arrives in time.</summary>
    private static readonly TimeSpan StopLookback = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly PowerHistoryBuckets _buckets = new(BucketLength, BucketCount);
    private readonly PowerHistoryRegisters _registers = new();
    private readonly PowerHistorySource _source;
    private readonly TimeProvider _time;

    public PowerHistory(IDbContextFactory<EvDashboardDbContext> contexts, TimeProvider time)
    {
        _source = new PowerHistorySource(contexts);
        _time = time;
    }

    /// <summary>When the last refresh finished; null before the backfill.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>The completed buckets of the last <see cref="BucketCount"/> × <see cref="BucketLength"/>, oldest first.</summary>
    public IReadOnlyList<PowerHistoryPoint> Snapshot()
    {
        lock (_gate)
        {
            return _buckets.Points(_time.GetUtcNow());
        }
    }

    /// <summary>Reads what was added since the last refresh. One caller at a time: the sampler (or a test).</summary>
    internal async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var windowStart = _buckets.WindowStart(now);
        var readings = await _source.ReadAsync(windowStart - Lookback, now - StopLookback, cancellationToken);
        lock (_gate)
        {
            _registers.Apply(readings, _buckets, windowStart);
            _registers.Forget(windowStart - Lookback);
            _buckets.Trim(now);
            UpdatedAt = now;
        }
    }
}

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Whether the rollups are up to date, for pages to say "figures as of …" or show a rebuild's progress.</summary>
public sealed class RollupStatus
{
    private long _lastBuiltTicks = -1;
    private RollupProgress? _rebuild;

    /// <summary>The build time of the newest completed pass or rebuild (today's figures cover up to this instant).</summary>
    public DateTimeOffset? LastBuiltAt => Interlocked.Read(ref _lastBuiltTicks) is var ticks and >= 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public bool IsRebuilding => RebuildProgress is not null;

    /// <summary>The running full rebuild's progress; null when none runs.</summary>
    public RollupProgress? RebuildProgress => Volatile.Read(ref _rebuild);

    internal void Rebuilding(RollupProgress progress) => Volatile.Write(ref _rebuild, progress);

    internal void RebuildEnded() => Volatile.Write(ref _rebuild, null);

    internal void Built(DateTimeOffset at) => Interlocked.Exchange(ref _lastBuiltTicks, at.UtcTicks);
}

namespace EvDashboard.Core.Live;

/// <summary>The network's average charging power over one bucket of <see cref="PowerHistory"/>, starting at <see cref="Start"/> (UTC).</summary>
public sealed record PowerHistoryPoint(DateTimeOffset Start, long AverageW);

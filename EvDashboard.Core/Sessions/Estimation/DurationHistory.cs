namespace EvDashboard.Core.Sessions.Estimation;

/// <summary>How long past completed sessions (of one idTag, or at one charge point) lasted on average.</summary>
public sealed record DurationHistory(int SessionCount, TimeSpan AverageDuration);

namespace EvDashboard.Core.Stations.Queries;

/// <summary>One page of a charge point's status history, newest first, and how many entries there are in all.</summary>
public sealed record StatusHistoryPage(IReadOnlyList<StatusHistoryEntry> Entries, int Total);

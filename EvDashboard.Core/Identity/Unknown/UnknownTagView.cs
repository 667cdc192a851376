namespace EvDashboard.Core.Identity.Unknown;

/// <summary>An idTag no one registered, as the inbox shows it: where it was presented, first and last time, how often.</summary>
public sealed record UnknownTagView(string IdTag, int Attempts, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, IReadOnlyList<string> Places);

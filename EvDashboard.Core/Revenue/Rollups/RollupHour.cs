namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>One local clock hour in UTC; <see cref="Weekday"/> is ISO order (0 = Monday).</summary>
internal readonly record struct RollupHour(DateTimeOffset Start, DateTimeOffset End, int LocalHour, int Weekday);

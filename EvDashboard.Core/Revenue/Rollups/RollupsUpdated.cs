using EvDashboard.Core.Live;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Published after a rollup pass or rebuild commits, so open report pages can reload; about the whole site, not one charge point.</summary>
public sealed record RollupsUpdated(DateTimeOffset BuiltAt) : LiveEvent(string.Empty, BuiltAt);

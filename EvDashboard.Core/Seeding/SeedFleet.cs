namespace EvDashboard.Core.Seeding;

/// <summary>The seeded charge points' connectors and idTags, and the prefix that keeps one run's ids apart from another's.</summary>
internal sealed record SeedFleet(string Prefix, IReadOnlyList<SeedConnector> Connectors, IReadOnlyList<SeedTag> Tags);

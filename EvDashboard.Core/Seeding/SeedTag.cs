namespace EvDashboard.Core.Seeding;

/// <summary>A seeded idTag: its group (OCPP parent idTag) and the name a receipt is addressed to.</summary>
internal sealed record SeedTag(string Value, string? Group, string BuyerName);

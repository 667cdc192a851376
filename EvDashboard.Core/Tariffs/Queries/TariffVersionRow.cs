namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>One version of a tariff: who made it and when.</summary>
public sealed record TariffVersionRow(int Id, int Version, DateTimeOffset CreatedAt, string CreatedBy);

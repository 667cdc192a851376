namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>Where a tariff applies: the site, a charge point or a connector, for everyone or for one idTag group.</summary>
public sealed record TariffAssignmentRow(int Id, TariffScope Scope, string? ChargePointId, int? ConnectorId, string? IdTagGroup, string CreatedBy, DateTimeOffset CreatedAt);

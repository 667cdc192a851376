namespace EvDashboard.Api;

/// <summary>The body of PATCH /api/tariffs/{id}: the tariff's name and description (prices change through a new version).</summary>
internal sealed record UpdateTariffRequest(string? Name, string? Description);

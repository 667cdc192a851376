namespace EvDashboard.Api;

/// <summary>The body of PUT /api/tariffs/{id}/archived: true archives the tariff (no new session gets it), false restores it.</summary>
internal sealed record TariffArchiveRequest(bool Archived);

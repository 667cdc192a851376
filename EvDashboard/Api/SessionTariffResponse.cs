namespace EvDashboard.Api;

/// <summary>The tariff version frozen on the session when it started.</summary>
internal sealed record SessionTariffResponse(int Id, string Name, int Version);

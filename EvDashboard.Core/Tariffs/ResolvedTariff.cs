namespace EvDashboard.Core.Tariffs;

/// <summary>The tariff version that prices a session started now on a connector, and the assignment that chose it.</summary>
public sealed record ResolvedTariff(int TariffId, string TariffName, int VersionId, int Version, TariffDefinition Definition, TariffScope Scope, string? IdTagGroup);

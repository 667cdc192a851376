namespace EvDashboard.Core.Stations.Queries;

/// <summary>An operator's change to a charge point.</summary>
/// <param name="Name">The new name; null keeps the current one, an empty or blank string clears it.</param>
/// <param name="Key">A new Basic-auth key to set or rotate to (already checked with <see cref="ChargePointKeyHasher.IsAcceptableKey"/>); null keeps the current key.</param>
/// <param name="ClearKey">Removes the key, so the charge point connects without credentials.</param>
public sealed record ChargePointEdit(string? Name, string? Key, bool ClearKey);

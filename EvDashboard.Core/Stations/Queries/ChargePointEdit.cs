namespace EvDashboard.Core.Stations.Queries;

/// <summary>An operator's change to a charge point.</summary>
/// <param name="Name">The new name; null keeps the current one, an empty or blank string clears it.</param>
/// <param name="Key">A new Basic-auth key's bytes (a typed key's UTF-8); null keeps the current key.</param>
/// <param name="ClearKey">Removes the key, which also sets profile 0: the charge point connects without credentials.</param>
/// <param name="Profile">
/// The new security profile; null keeps it, except that a key set on a profile-0 charge point raises it to 1
/// (a key is set to be used).
/// </param>
public sealed record ChargePointEdit(string? Name, byte[]? Key = null, bool ClearKey = false, SecurityProfile? Profile = null);

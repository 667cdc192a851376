using System.ComponentModel;

namespace EvDashboard.Api;

/// <summary>A new key, returned once: it is stored only as a hash.</summary>
internal sealed record ChargePointKeyResponse(
    [property: Description("Set (the charger was offline: enter the key at the charger) or Rotated (the charger accepted it through ChangeConfiguration AuthorizationKey; the old key no longer works).")] string Status,
    [property: Description("The 20-byte key as 40 hex digits: the AuthorizationKey value. The Basic password is these bytes (or, as many chargers send it, this hex text).")] string Key);

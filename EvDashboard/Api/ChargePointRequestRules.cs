using EvDashboard.Core.Stations;
using CpProfile = EvDashboard.Core.Stations.SecurityProfile;

namespace EvDashboard.Api;

/// <summary>Checks shared by the charge point requests.</summary>
internal static class ChargePointRequestRules
{
    public const int MaxNameLength = 100;

    public static void CheckName(string? name, Dictionary<string, string[]> errors)
    {
        if (name is { Length: > MaxNameLength })
        {
            errors["name"] = [$"At most {MaxNameLength} characters."];
        }
    }

    public static void CheckKey(string? key, Dictionary<string, string[]> errors)
    {
        if (key is not null && !ChargePointKeyHasher.IsAcceptableKey(key))
        {
            errors["key"] =
            [
                $"A charge point key is {ChargePointKeyHasher.MinKeyLength}..{ChargePointKeyHasher.MaxKeyLength} printable ASCII characters without spaces (OCPP 1.6 security profiles 1 and 2).",
            ];
        }
    }

    public static void CheckProfile(int? profile, Dictionary<string, string[]> errors)
    {
        if (profile is not null && !Enum.IsDefined((CpProfile)profile.Value))
        {
            errors["securityProfile"] = ["0 (no authentication), 1 (HTTP Basic) or 2 (TLS and HTTP Basic)."];
        }
    }
}

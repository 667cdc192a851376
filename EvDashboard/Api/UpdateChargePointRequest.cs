using System.ComponentModel;
using System.Text;
using EvDashboard.Core.Stations.Queries;
using CpProfile = EvDashboard.Core.Stations.SecurityProfile;

namespace EvDashboard.Api;

/// <summary>Changes a charge point and marks it reviewed.</summary>
internal sealed record UpdateChargePointRequest(
    [property: Description("The new name; omitted keeps the current one, an empty string clears it.")] string? Name = null,
    [property: Description("A new HTTP Basic key to set, 16..40 characters; omitted keeps the current key. Setting a key on a profile-0 charge point raises it to profile 1.")] string? Key = null,
    [property: Description("True removes the key and sets profile 0, so the charge point connects without credentials.")] bool? ClearKey = null,
    [property: Description("OCPP 1.6 security profile: 0 none, 1 HTTP Basic, 2 TLS (wss) and HTTP Basic; 1 and 2 need a key. Omitted keeps it.")] int? SecurityProfile = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ChargePointRequestRules.CheckName(Name, errors);
        ChargePointRequestRules.CheckKey(Key, errors);
        ChargePointRequestRules.CheckProfile(SecurityProfile, errors);
        if (Key is not null && ClearKey == true)
        {
            errors["clearKey"] = ["Set a key or clear it, not both."];
        }
        else if (ClearKey == true && SecurityProfile is > 0)
        {
            errors["securityProfile"] = ["Without a key only profile 0 is possible."];
        }

        return errors;
    }

    public ChargePointEdit ToEdit() => new(
        Name,
        Key is null ? null : Encoding.UTF8.GetBytes(Key),
        ClearKey ?? false,
        SecurityProfile is { } profile ? (CpProfile)profile : null);
}

using System.ComponentModel;
using EvDashboard.Core.Stations;
using CpProfile = EvDashboard.Core.Stations.SecurityProfile;

namespace EvDashboard.Api;

/// <summary>Registers a charge point before it first connects.</summary>
internal sealed record CreateChargePointRequest(
    [property: Description("The id in its OCPP URL: 1..48 printable ASCII characters without spaces or '/'.")] string? Id,
    [property: Description("A name for operators, up to 100 characters.")] string? Name = null,
    [property: Description("Its HTTP Basic key, 16..40 printable ASCII characters; only a hash is stored. POST /{id}/key generates a random one instead.")] string? Key = null,
    [property: Description("OCPP 1.6 security profile: 0 none, 1 HTTP Basic, 2 TLS (wss) and HTTP Basic. Omitted: 1 with a key, 0 without.")] int? SecurityProfile = null)
{
    public CpProfile Profile => SecurityProfile is { } profile ? (CpProfile)profile : Key is null ? CpProfile.None : CpProfile.Basic;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ChargePoint.IsValidId(Id))
        {
            errors["id"] = [$"Required: 1..{ChargePoint.MaxIdLength} printable ASCII characters without spaces or '/'."];
        }

        ChargePointRequestRules.CheckName(Name, errors);
        ChargePointRequestRules.CheckKey(Key, errors);
        ChargePointRequestRules.CheckProfile(SecurityProfile, errors);
        if (!errors.ContainsKey("securityProfile") && Profile != CpProfile.None && Key is null)
        {
            errors["key"] = ["Security profiles 1 and 2 need a key."];
        }

        return errors;
    }
}

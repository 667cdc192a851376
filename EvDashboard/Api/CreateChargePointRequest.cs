using System.ComponentModel;
using EvDashboard.Core.Stations;

namespace EvDashboard.Api;

/// <summary>Registers a charge point before it first connects.</summary>
internal sealed record CreateChargePointRequest(
    [property: Description("The id in its OCPP URL: 1..48 printable ASCII characters without spaces or '/'.")] string? Id,
    [property: Description("A name for operators, up to 100 characters.")] string? Name = null,
    [property: Description("Its HTTP Basic key (OCPP 1.6 security profile 1), 16..40 printable ASCII characters; only a hash is stored.")] string? Key = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ChargePoint.IsValidId(Id))
        {
            errors["id"] = [$"Required: 1..{ChargePoint.MaxIdLength} printable ASCII characters without spaces or '/'."];
        }

        ChargePointRequestRules.CheckName(Name, errors);
        ChargePointRequestRules.CheckKey(Key, errors);
        return errors;
    }
}

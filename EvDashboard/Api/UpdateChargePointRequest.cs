using System.ComponentModel;

namespace EvDashboard.Api;

/// <summary>Changes a charge point and marks it reviewed.</summary>
internal sealed record UpdateChargePointRequest(
    [property: Description("The new name; omitted keeps the current one, an empty string clears it.")] string? Name = null,
    [property: Description("A new HTTP Basic key to set or rotate to, 16..40 characters; omitted keeps the current key.")] string? Key = null,
    [property: Description("True removes the key, so the charge point connects without credentials.")] bool? ClearKey = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ChargePointRequestRules.CheckName(Name, errors);
        ChargePointRequestRules.CheckKey(Key, errors);
        if (Key is not null && ClearKey == true)
        {
            errors["clearKey"] = ["Set a key or clear it, not both."];
        }

        return errors;
    }
}

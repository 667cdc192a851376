using System.ComponentModel;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;

namespace EvDashboard.Api;

/// <summary>Replaces an idTag's settings: an omitted field takes its default (Accepted, no expiry, no parent, no limit).</summary>
internal sealed record UpdateIdTagRequest(
    [property: Description("Accepted (the default), Blocked, Expired or Invalid.")] string? Status = null,
    [property: Description("When the tag stops being accepted; omitted means never.")] DateTimeOffset? ExpiresAt = null,
    [property: Description("The group tag (OCPP 1.6 parentIdTag).")] string? ParentIdTag = null,
    [property: Description("How many sessions may run at once with this tag; omitted means no limit.")] int? MaxConcurrentSessions = null)
{
    /// <summary>The settings, or null with <paramref name="errors"/> filled in.</summary>
    public IdTagSettings? ToSettings(Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var status = IdTagStatus.Accepted;
        if (Status is not null)
        {
            var name = Enum.GetNames<IdTagStatus>().FirstOrDefault(n => string.Equals(n, Status, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                errors["status"] = [$"One of {string.Join(", ", Enum.GetNames<IdTagStatus>())}."];
            }
            else
            {
                status = Enum.Parse<IdTagStatus>(name);
            }
        }

        if (ParentIdTag is not null && !IdTag.IsValidValue(ParentIdTag))
        {
            errors["parentIdTag"] = [$"1..{IdTag.MaxLength} printable ASCII characters."];
        }

        if (MaxConcurrentSessions is < 1)
        {
            errors["maxConcurrentSessions"] = ["At least 1; omit it for no limit."];
        }

        return errors.Count == 0 ? new IdTagSettings(status, ExpiresAt, ParentIdTag, MaxConcurrentSessions) : null;
    }
}

using System.ComponentModel;

namespace EvDashboard.Api;

/// <summary>Adds an idTag (RFID UID, app token or PIN).</summary>
internal sealed record CreateIdTagRequest(
    [property: Description("1..20 printable ASCII characters; unique regardless of case (OCPP 1.6 CiString20).")] string? IdTag,
    [property: Description("Accepted (the default), Blocked, Expired or Invalid.")] string? Status = null,
    [property: Description("When the tag stops being accepted; omitted means never.")] DateTimeOffset? ExpiresAt = null,
    [property: Description("The group tag (OCPP 1.6 parentIdTag).")] string? ParentIdTag = null,
    [property: Description("How many sessions may run at once with this tag; omitted means no limit.")] int? MaxConcurrentSessions = null)
{
    public UpdateIdTagRequest ToUpdate() => new(Status, ExpiresAt, ParentIdTag, MaxConcurrentSessions);
}

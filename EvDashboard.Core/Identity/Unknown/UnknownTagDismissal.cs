namespace EvDashboard.Core.Identity.Unknown;

/// <summary>An operator hid an unknown idTag from the inbox; it shows again once the tag is presented after <see cref="DismissedAt"/>.</summary>
public sealed class UnknownTagDismissal
{
    private UnknownTagDismissal()
    {
        IdTag = DismissedBy = string.Empty;
    }

    public UnknownTagDismissal(string idTag, DateTimeOffset dismissedAt, string dismissedBy)
    {
        IdTag = idTag;
        DismissedAt = dismissedAt;
        DismissedBy = dismissedBy;
    }

    public string IdTag { get; private set; }

    public DateTimeOffset DismissedAt { get; private set; }

    public string DismissedBy { get; private set; }

    public void Renew(DateTimeOffset at, string by)
    {
        DismissedAt = at;
        DismissedBy = by;
    }
}

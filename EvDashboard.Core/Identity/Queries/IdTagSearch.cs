namespace EvDashboard.Core.Identity.Queries;

/// <summary>A page of the idTag list: text in the tag, owner or group; an optional status; paging.</summary>
public sealed record IdTagSearch(string? Text = null, IdTagStatus? Status = null, int Skip = 0, int Take = 25)
{
    public const int MaxTake = 100;
}

using EvDashboard.Core.Common;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Billing;

/// <summary>
/// Names the buyer from the idTag register: the tag owner's name, else its group, else the masked tag (a receipt
/// may be printed and handed over, so it never shows a whole token).
/// </summary>
internal static class BuyerDirectory
{
    public static async Task<InvoiceBuyer> ForTagAsync(EvDashboardDbContext db, string idTag, string? sessionGroup, CancellationToken cancellationToken)
    {
        var tag = await db.IdTags.AsNoTracking().Where(t => t.Value == idTag)
            .Select(t => new { t.OwnerName, t.ParentIdTag }).FirstOrDefaultAsync(cancellationToken);
        var group = sessionGroup ?? tag?.ParentIdTag;
        var name = tag?.OwnerName ?? (group is not null ? await GroupNameAsync(db, group, cancellationToken) : $"idTag {IdTagMask.Mask(idTag)}");
        return new InvoiceBuyer(name, idTag, group);
    }

    public static async Task<InvoiceBuyer> ForGroupAsync(EvDashboardDbContext db, string group, CancellationToken cancellationToken) =>
        new(await GroupNameAsync(db, group, cancellationToken), null, group);

    /// <summary>A group is a parent idTag; its owner (a company, a fleet) is the natural buyer.</summary>
    private static async Task<string> GroupNameAsync(EvDashboardDbContext db, string group, CancellationToken cancellationToken)
    {
        var owner = await db.IdTags.AsNoTracking().Where(t => t.Value == group).Select(t => t.OwnerName).FirstOrDefaultAsync(cancellationToken);
        return owner ?? $"Group {group}";
    }
}

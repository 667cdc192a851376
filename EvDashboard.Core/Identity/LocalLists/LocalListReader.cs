using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>Reads the idTag table as list items and what each charge point holds.</summary>
internal static class LocalListReader
{
    public static async Task<IReadOnlyList<LocalListItem>> DesiredAsync(EvDashboardDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tags = await db.IdTags.AsNoTracking()
            .Where(t => t.Status != IdTagStatus.Invalid)
            .Select(t => new { t.Value, t.Status, t.ExpiresAt, t.ParentIdTag })
            .ToListAsync(cancellationToken);
        return LocalListPlan.Desired(
            tags.Select(t => new LocalListItem(t.Value, ToOutcome(t.Status), t.ExpiresAt, t.ParentIdTag)), now);
    }

    public static async Task<IReadOnlyList<LocalListItem>> HeldAsync(EvDashboardDbContext db, string chargePointId, CancellationToken cancellationToken)
    {
        var entries = await db.LocalListEntries.AsNoTracking()
            .Where(e => e.ChargePointId == chargePointId)
            .Select(e => new { e.IdTag, e.Status, e.ExpiresAt, e.ParentIdTag })
            .ToListAsync(cancellationToken);
        return entries.ConvertAll(e => new LocalListItem(e.IdTag, e.Status, e.ExpiresAt, e.ParentIdTag));
    }

    private static AuthorizationOutcome ToOutcome(IdTagStatus status) => status switch
    {
        IdTagStatus.Accepted => AuthorizationOutcome.Accepted,
        IdTagStatus.Blocked => AuthorizationOutcome.Blocked,
        IdTagStatus.Expired => AuthorizationOutcome.Expired,
        _ => AuthorizationOutcome.Invalid,
    };
}

using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Tariffs;

/// <summary>
/// Which tariff prices a session: of the assignments covering the connector (its own, its charge point's, the
/// site's) and the driver's group, the most specific wins (<see cref="TariffAssignment.Specificity"/>); archived
/// tariffs and tariffs without a version are skipped. Null when no tariff applies (the session is not priced).
/// </summary>
public static class TariffResolver
{
    public static async Task<ResolvedTariff?> ResolveAsync(
        EvDashboardDbContext db, string chargePointId, int connectorId, string? idTagGroup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var candidates = await db.TariffAssignments.AsNoTracking()
            .Where(a => a.Scope == TariffScope.Site
                        || (a.Scope == TariffScope.ChargePoint && a.ChargePointId == chargePointId)
                        || (a.Scope == TariffScope.Connector && a.ChargePointId == chargePointId && a.ConnectorId == connectorId))
            .Where(a => a.IdTagGroup == null || a.IdTagGroup == idTagGroup)
            .Join(db.Tariffs.Where(t => !t.IsArchived && t.CurrentVersion > 0), a => a.TariffId, t => t.Id, (a, t) => new { Assignment = a, t.Name, t.CurrentVersion })
            .ToListAsync(cancellationToken);
        var winner = candidates.OrderByDescending(c => c.Assignment.Specificity).FirstOrDefault();
        if (winner is null)
        {
            return null;
        }

        var version = await db.TariffVersions.AsNoTracking()
            .FirstAsync(v => v.TariffId == winner.Assignment.TariffId && v.Version == winner.CurrentVersion, cancellationToken);
        return new ResolvedTariff(winner.Assignment.TariffId, winner.Name, version.Id, version.Version, version.Definition,
            winner.Assignment.Scope, winner.Assignment.IdTagGroup);
    }
}

using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>Reads sessions that have a frozen tariff, with the tariff's name and version number (sessions without one are unpriced and left out).</summary>
internal static class SessionCostRows
{
    public static async Task<IReadOnlyList<SessionCostRow>> ReadAsync(EvDashboardDbContext db, IReadOnlyCollection<int> transactionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Through Enumerable.Contains: C# 14 binds array.Contains to the span overload, which EF Core 6 cannot translate.
        var ids = transactionIds.ToArray();
        return await (
                from s in db.ChargingSessions.AsNoTracking()
                join v in db.TariffVersions.AsNoTracking() on s.TariffVersionId equals (int?)v.Id
                join t in db.Tariffs.AsNoTracking() on v.TariffId equals t.Id
                where Enumerable.Contains(ids, s.TransactionId)
                select new SessionCostRow(
                    s.TransactionId, s.ChargePointId, s.ConnectorId, s.StartedAt, s.MeterStartWh, s.Status, s.InterruptedAt,
                    v.Id, t.Id, t.Name, v.Version, s.CostBreakdownJson))
            .ToListAsync(cancellationToken);
    }

    public static Task<string> DefinitionJsonAsync(EvDashboardDbContext db, int tariffVersionId, CancellationToken cancellationToken) =>
        db.TariffVersions.AsNoTracking().Where(v => v.Id == tariffVersionId).Select(v => v.DefinitionJson).FirstAsync(cancellationToken);
}

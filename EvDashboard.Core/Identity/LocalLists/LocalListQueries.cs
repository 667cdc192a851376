using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>Every charge point's Local Authorization List version and whether it matches the idTag table.</summary>
public sealed class LocalListQueries(IDbContextFactory<EvDashboardDbContext> contexts, ChargePointPresence presence, TimeProvider time)
{
    public async Task<IReadOnlyList<LocalListStatusView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var desired = await LocalListReader.DesiredAsync(db, time.GetUtcNow(), cancellationToken);
        var chargePoints = await db.ChargePoints.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var states = await db.LocalListStates.AsNoTracking().ToDictionaryAsync(s => s.ChargePointId, StringComparer.Ordinal, cancellationToken);
        var result = new List<LocalListStatusView>(chargePoints.Count);
        foreach (var cp in chargePoints)
        {
            states.TryGetValue(cp.Id, out var state);
            var held = state?.AcceptedVersion is null ? [] : await LocalListReader.HeldAsync(db, cp.Id, cancellationToken);
            var pending = state?.AcceptedVersion is null ? desired.Count : LocalListPlan.Changes(desired, held).Count;
            result.Add(new LocalListStatusView(
                cp.Id, cp.Name, presence.IsOnline(cp.Id), state?.SentVersion, state?.AcceptedVersion, state?.ReportedVersion, state?.ReportedAt,
                state?.LastSentAt, state?.LastUpdateType, state?.LastResult, pending, state?.LimitsReadAt is null ? null : state.Limits));
        }

        return result;
    }
}

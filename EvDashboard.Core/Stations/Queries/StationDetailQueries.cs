using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions.Queries;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>Reads for the station detail page: boot info and live state, status history, recent sessions.</summary>
public sealed class StationDetailQueries(
    IDbContextFactory<EvDashboardDbContext> contexts, ChargePointQueries chargePoints, StationBoardQueries boards, SessionQueries sessions)
{
    public const int MaxPageSize = 200;

    /// <summary>Null when there is no such charge point.</summary>
    public async Task<StationDetail?> GetAsync(string chargePointId, CancellationToken cancellationToken)
    {
        var info = await chargePoints.GetAsync(chargePointId, cancellationToken);
        if (info is null)
        {
            return null;
        }

        var board = await boards.LoadAsync(chargePointId, cancellationToken);
        return new StationDetail(info, board.Find(chargePointId) ?? new StationState(chargePointId));
    }

    /// <summary>Newest first (by the charger's timestamp, then arrival).</summary>
    public async Task<StatusHistoryPage> StatusHistoryAsync(string chargePointId, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var history = db.ConnectorStatusChanges.AsNoTracking().Where(c => c.ChargePointId == chargePointId);
        var total = await history.CountAsync(cancellationToken);
        var entries = await history
            .OrderByDescending(c => c.Timestamp).ThenByDescending(c => c.Id)
            .Skip(offset).Take(Math.Min(limit, MaxPageSize))
            .Select(c => new StatusHistoryEntry(c.Id, c.ConnectorId, c.Status, c.ErrorCode, c.Info, c.VendorErrorCode, c.Timestamp, c.ReceivedAt))
            .ToListAsync(cancellationToken);
        return new StatusHistoryPage(entries, total);
    }

    public Task<IReadOnlyList<SessionView>> RecentSessionsAsync(string chargePointId, int limit, CancellationToken cancellationToken) =>
        sessions.ListAsync(new SessionFilter(ChargePointId: chargePointId, Limit: limit), cancellationToken);
}

using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>Loads the live state of charge points for the pages: stored connectors and running sessions, plus in-memory presence.</summary>
public sealed class StationBoardQueries(IDbContextFactory<EvDashboardDbContext> contexts, ChargePointPresence presence)
{
    /// <summary>Every charge point (three indexed queries, whatever the network's size).</summary>
    public Task<StationBoard> LoadAsync(CancellationToken cancellationToken) => LoadAsync(chargePointId: null, cancellationToken);

    /// <summary>One charge point, or every one when <paramref name="chargePointId"/> is null.</summary>
    public async Task<StationBoard> LoadAsync(string? chargePointId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chargePoints = db.ChargePoints.AsNoTracking();
        var connectors = db.Connectors.AsNoTracking();
        // EndedAt IS NULL goes through the EndedAt index: only open sessions are read, not the whole ledger.
        var sessions = db.ChargingSessions.AsNoTracking().Where(s => s.EndedAt == null && s.Status == SessionStatus.Active);
        if (chargePointId is not null)
        {
            chargePoints = chargePoints.Where(c => c.Id == chargePointId);
            connectors = connectors.Where(c => c.ChargePointId == chargePointId);
            sessions = sessions.Where(s => s.ChargePointId == chargePointId);
        }

        var stations = await chargePoints
            .Select(c => new StationState(c.Id) { Name = c.Name, Vendor = c.Vendor, Model = c.Model, FirmwareVersion = c.FirmwareVersion, LastSeenAt = c.LastSeenAt })
            .ToListAsync(cancellationToken);
        var board = new StationBoard(stations);
        foreach (var c in await connectors.ToListAsync(cancellationToken))
        {
            Place(board, c);
        }

        var running = await sessions
            .Select(s => new { s.ChargePointId, s.ConnectorId, Session = new RunningSession(s.TransactionId, s.IdTag, s.StartedAt, s.EnergyWh, s.LastPowerW, s.LastSocPercent) })
            .ToListAsync(cancellationToken);
        foreach (var r in running)
        {
            if (board.Find(r.ChargePointId) is { } station)
            {
                station.Connector(r.ConnectorId).Session = r.Session;
            }
        }

        board.SeePresence(presence);
        return board;
    }

    private static void Place(StationBoard board, Connector stored)
    {
        if (board.Find(stored.ChargePointId) is not { } station)
        {
            return;
        }

        if (stored.ConnectorId == 0)
        {
            station.ChargePointStatus = stored.StatusSince is null ? null : stored.Status;
            station.ChargePointErrorCode = stored.ErrorCode;
            return;
        }

        var connector = station.Connector(stored.ConnectorId);
        connector.Status = stored.Status;
        connector.ErrorCode = stored.ErrorCode;
        connector.Info = stored.Info;
        connector.VendorErrorCode = stored.VendorErrorCode;
        connector.StatusSince = stored.StatusSince;
    }
}

using System.Linq.Expressions;
using System.Text.Json;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>Read models of charge points for the API and the pages: stored state merged with in-memory presence.</summary>
public sealed class ChargePointQueries(IDbContextFactory<EvDashboardDbContext> contexts, ChargePointPresence presence)
{
    public const int MaxCommands = 100;

    private static readonly Expression<Func<ChargePoint, ChargePointView>> Projection = c => new ChargePointView(
        c.Id, c.Name, c.IsNew, c.KeyHash != null, (int)c.SecurityProfile, c.Approval, false, c.LastSeenAt, c.CreatedAt, c.LastBootAt,
        c.Vendor, c.Model, c.ChargePointSerialNumber, c.ChargeBoxSerialNumber, c.FirmwareVersion,
        c.Iccid, c.Imsi, c.MeterType, c.MeterSerialNumber, c.FirmwareStatus, c.DiagnosticsStatus,
        Array.Empty<ConnectorView>());

    public async Task<IReadOnlyList<ChargePointView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chargePoints = await db.ChargePoints.AsNoTracking().OrderBy(c => c.Id).Select(Projection).ToListAsync(cancellationToken);
        var connectors = await ConnectorsAsync(db.Connectors.AsNoTracking(), cancellationToken);
        return chargePoints.ConvertAll(c => Complete(c, connectors[c.Id]));
    }

    public async Task<ChargePointView?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chargePoint = await db.ChargePoints.AsNoTracking().Where(c => c.Id == id).Select(Projection).FirstOrDefaultAsync(cancellationToken);
        if (chargePoint is null)
        {
            return null;
        }

        var connectors = await ConnectorsAsync(db.Connectors.AsNoTracking().Where(c => c.ChargePointId == id), cancellationToken);
        return Complete(chargePoint, connectors[id]);
    }

    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChargePoints.AsNoTracking().AnyAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>The newest operator commands sent to the charge point, newest first; null when the charge point does not exist.</summary>
    public async Task<IReadOnlyList<CommandRecordView>?> ListCommandsAsync(string id, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.ChargePoints.AsNoTracking().AnyAsync(c => c.Id == id, cancellationToken))
        {
            return null;
        }

        var records = await db.CommandRecords.AsNoTracking()
            .Where(r => r.ChargePointId == id)
            .OrderByDescending(r => r.SentAt).ThenByDescending(r => r.Id)
            .Take(Math.Min(limit, MaxCommands))
            .Select(r => new { r.Id, r.Action, r.RequestedBy, r.SentAt, r.CompletedAt, r.Outcome, r.RequestJson, r.ResponseJson, r.ErrorCode, r.ErrorDescription })
            .ToListAsync(cancellationToken);
        return records.ConvertAll(r => new CommandRecordView(
            r.Id, r.Action, r.RequestedBy, r.SentAt, r.CompletedAt, r.Outcome, ParseJson(r.RequestJson), ParseJson(r.ResponseJson), r.ErrorCode, r.ErrorDescription));
    }

    private static async Task<ILookup<string, ConnectorView>> ConnectorsAsync(IQueryable<Connector> connectors, CancellationToken cancellationToken)
    {
        var rows = await connectors
            .OrderBy(c => c.ChargePointId).ThenBy(c => c.ConnectorId)
            .Select(c => new { c.ChargePointId, View = new ConnectorView(c.ConnectorId, c.Status, c.ErrorCode, c.Info, c.VendorId, c.VendorErrorCode, c.StatusSince) })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ChargePointId, r => r.View, StringComparer.Ordinal);
    }

    /// <summary>Presence is in memory and newer than the database (last-seen is flushed periodically).</summary>
    private ChargePointView Complete(ChargePointView stored, IEnumerable<ConnectorView> connectors) => stored with
    {
        Online = presence.IsOnline(stored.Id),
        LastSeenAt = Latest(stored.LastSeenAt, presence.LastSeen(stored.Id)),
        Connectors = connectors.ToList(),
    };

    private static DateTimeOffset? Latest(DateTimeOffset? stored, DateTimeOffset? inMemory) =>
        stored is null || inMemory > stored ? inMemory ?? stored : stored;

    private static JsonElement? ParseJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

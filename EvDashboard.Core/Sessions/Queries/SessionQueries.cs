using System.Linq.Expressions;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>Read models of the transaction ledger for the API and the pages.</summary>
public sealed class SessionQueries(IDbContextFactory<EvDashboardDbContext> contexts, TimeProvider time)
{
    private static readonly SessionWarnings[] AllWarnings = Enum.GetValues<SessionWarnings>().Where(w => w != SessionWarnings.None).ToArray();

    private static readonly Expression<Func<ChargingSession, SessionView>> Projection = s => new SessionView(
        s.TransactionId, s.ChargePointId, s.ConnectorId, s.IdTag, s.StartAuthorization, s.StartedAt, s.EndedAt,
        s.MeterStartWh, s.MeterStopWh, s.EnergyWh, s.StopReason, s.Status, WarningNames(s.Warnings),
        s.InterruptedAt, s.InterruptionReason, s.LastPowerW, s.LastSocPercent, s.LastMeterAt);

    public async Task<IReadOnlyList<SessionView>> ListAsync(SessionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(filter.Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filter.Limit, SessionFilter.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(filter.Offset);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.ChargingSessions.AsNoTracking();
        if (filter.ChargePointId is { } chargePointId)
        {
            query = query.Where(s => s.ChargePointId == chargePointId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }

        if (filter.From is { } from)
        {
            query = query.Where(s => s.StartedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(s => s.StartedAt <= to);
        }

        return await query
            .OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.TransactionId)
            .Skip(filter.Offset).Take(filter.Limit)
            .Select(Projection)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The session with every meter sample, and the connector's status changes from its start up to its end
    /// (or the interruption, or now while it runs); null when there is no such session.
    /// </summary>
    public async Task<SessionDetail?> GetAsync(int transactionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.TransactionId == transactionId)
            .Select(Projection)
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        var samples = await db.MeterSamples.AsNoTracking()
            .Where(m => m.TransactionId == transactionId)
            .OrderBy(m => m.Timestamp).ThenBy(m => m.Id)
            .Select(m => new MeterSampleView(m.Timestamp, m.Measurand, m.Phase == "" ? null : m.Phase, m.Location, m.Context, m.Unit, m.RawValue, m.Wh))
            .ToListAsync(cancellationToken);

        var until = session.EndedAt ?? session.InterruptedAt ?? time.GetUtcNow();
        var history = await db.ConnectorStatusChanges.AsNoTracking()
            .Where(c => c.ChargePointId == session.ChargePointId && c.ConnectorId == session.ConnectorId
                        && c.Timestamp >= session.StartedAt && c.Timestamp <= until)
            .OrderBy(c => c.Timestamp).ThenBy(c => c.Id)
            .Select(c => new StatusChangeView(c.Timestamp, c.Status, c.ErrorCode, c.Info, c.VendorId, c.VendorErrorCode, c.ReceivedAt))
            .ToListAsync(cancellationToken);

        return new SessionDetail(session, samples, history);
    }

    private static string[] WarningNames(SessionWarnings warnings) =>
        Array.ConvertAll(Array.FindAll(AllWarnings, w => warnings.HasFlag(w)), w => w.ToString());
}

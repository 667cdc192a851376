using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>
/// One session's page: its facts, its curve (extended by sample id as new samples arrive), its samples a page
/// at a time, and the connector's status changes while it ran.
/// </summary>
public sealed class SessionTimelineQueries(IDbContextFactory<EvDashboardDbContext> contexts, TimeProvider time)
{
    public const int MaxPageSize = 500;

    /// <summary>StatusNotifications shortly before the start (Preparing) and after the stop (Finishing) belong to the story.</summary>
    public static readonly TimeSpan StatusMargin = TimeSpan.FromMinutes(1);

    // Used through Enumerable.Contains: C# 14 binds array.Contains to the span overload, which EF Core 6 cannot translate.
    private static readonly string[] CurveMeasurands = [SampledReading.EnergyRegister, SampledReading.ActivePower, SampledReading.StateOfCharge];

    private static readonly SessionWarnings[] AllWarnings = Enum.GetValues<SessionWarnings>().Where(w => w != SessionWarnings.None).ToArray();

    public async Task<SessionView?> GetAsync(int transactionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var s = await db.ChargingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.TransactionId == transactionId, cancellationToken);
        return s is null
            ? null
            : new SessionView(
                s.TransactionId, s.ChargePointId, s.ConnectorId, s.IdTag, s.StartAuthorization, s.StartedAt, s.EndedAt,
                s.MeterStartWh, s.MeterStopWh, s.EnergyWh, s.StopReason, s.Status,
                Array.ConvertAll(Array.FindAll(AllWarnings, w => s.Warnings.HasFlag(w)), w => w.ToString()),
                s.InterruptedAt, s.InterruptionReason, s.LastPowerW, s.LastSocPercent, s.LastMeterAt);
    }

    /// <summary>The session's energy, power and SoC samples stored after sample <paramref name="afterId"/> (0: all), in arrival order.</summary>
    public async Task<IReadOnlyList<CurveSample>> CurveSamplesAsync(int transactionId, long afterId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MeterSamples.AsNoTracking()
            .Where(m => m.TransactionId == transactionId && m.Id > afterId && Enumerable.Contains(CurveMeasurands, m.Measurand))
            .OrderBy(m => m.Id)
            .Select(m => new CurveSample(m.Id, m.Timestamp, m.Measurand, m.Phase, m.Location, m.Unit, m.Value, m.Wh))
            .ToListAsync(cancellationToken);
    }

    public async Task<int> CountSamplesAsync(int transactionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MeterSamples.AsNoTracking().CountAsync(m => m.TransactionId == transactionId, cancellationToken);
    }

    /// <summary>One page of every sample the charger sent for the session, by its timestamp.</summary>
    public async Task<IReadOnlyList<MeterSampleView>> SamplesAsync(int transactionId, int skip, int take, bool newestFirst, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var samples = db.MeterSamples.AsNoTracking().Where(m => m.TransactionId == transactionId);
        samples = newestFirst
            ? samples.OrderByDescending(m => m.Timestamp).ThenByDescending(m => m.Id)
            : samples.OrderBy(m => m.Timestamp).ThenBy(m => m.Id);
        return await samples.Skip(skip).Take(take)
            .Select(m => new MeterSampleView(m.Timestamp, m.Measurand, m.Phase == "" ? null : m.Phase, m.Location, m.Context, m.Unit, m.RawValue, m.Wh))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The connector's status changes from just before the start to just after the end (or the interruption, or now).</summary>
    public async Task<IReadOnlyList<StatusChangeView>> StatusTimelineAsync(SessionView session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var from = session.StartedAt - StatusMargin;
        var until = (session.EndedAt ?? session.InterruptedAt ?? time.GetUtcNow()) + StatusMargin;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConnectorStatusChanges.AsNoTracking()
            .Where(c => c.ChargePointId == session.ChargePointId && c.ConnectorId == session.ConnectorId && c.Timestamp >= from && c.Timestamp <= until)
            .OrderBy(c => c.Timestamp).ThenBy(c => c.Id)
            .Select(c => new StatusChangeView(c.Timestamp, c.Status, c.ErrorCode, c.Info, c.VendorId, c.VendorErrorCode, c.ReceivedAt))
            .ToListAsync(cancellationToken);
    }
}

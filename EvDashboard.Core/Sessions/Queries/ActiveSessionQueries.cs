using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions.Estimation;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>Running sessions with their live values and an estimated end time, for the active-sessions page.</summary>
public sealed class ActiveSessionQueries(IDbContextFactory<EvDashboardDbContext> contexts, TimeProvider time)
{
    /// <summary>Every active session (or only those of <paramref name="transactionIds"/> that are still active), newest first.</summary>
    public async Task<IReadOnlyList<ActiveSessionView>> ListAsync(IReadOnlyCollection<int>? transactionIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.ChargingSessions.AsNoTracking().Where(s => s.Status == SessionStatus.Active);
        if (transactionIds is not null)
        {
            var ids = transactionIds.ToList();
            query = query.Where(s => ids.Contains(s.TransactionId));
        }

        var sessions = await query
            .OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.TransactionId)
            .Select(s => new { s.TransactionId, s.ChargePointId, s.ConnectorId, s.IdTag, s.StartedAt, s.EnergyWh, s.LastPowerW, s.LastSocPercent, s.LastMeterAt })
            .ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var metered = sessions.Where(s => s.LastMeterAt is not null).Select(s => (s.TransactionId, s.LastMeterAt!.Value)).ToList();
        var trends = await SessionTrendReader.ReadAsync(db, metered, cancellationToken);
        var tags = await DurationHistoryReader.ByIdTagAsync(db, sessions.Select(s => s.IdTag), now, cancellationToken);
        var stations = await DurationHistoryReader.ByChargePointAsync(db, sessions.Select(s => s.ChargePointId), now, cancellationToken);

        return sessions.ConvertAll(s =>
        {
            var trend = trends.GetValueOrDefault(s.TransactionId, SessionTrend.Empty);
            var input = new EstimationInput(s.StartedAt, now, s.LastPowerW, trend.Soc, trend.Energy, tags.GetValueOrDefault(s.IdTag), stations.GetValueOrDefault(s.ChargePointId));
            return new ActiveSessionView(
                s.TransactionId, s.ChargePointId, s.ConnectorId, s.IdTag, s.StartedAt, s.EnergyWh, s.LastPowerW, s.LastSocPercent, s.LastMeterAt,
                EndTimeEstimator.Estimate(input));
        });
    }
}

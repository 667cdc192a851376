using EvDashboard.Core.Data;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>Loads the overview: the station board, today's sessions (see <see cref="SessionTally"/> for the energy rule) and the latest events.</summary>
public sealed class OverviewQueries(IDbContextFactory<EvDashboardDbContext> contexts, StationBoardQueries boards, SiteClock clock)
{
    public async Task<OverviewState> LoadAsync(CancellationToken cancellationToken)
    {
        var board = await boards.LoadAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = await TallyAsync(db, clock.StartOfToday, cancellationToken);
        var events = await NetworkEventReader.LatestAsync(db, OverviewState.MaxEvents, cancellationToken);
        return new OverviewState(board, today, events);
    }

    internal static async Task<SessionTally> TallyAsync(EvDashboardDbContext db, DateTimeOffset midnight, CancellationToken cancellationToken)
    {
        // Each condition is served by the StartedAt or EndedAt index; open sessions that were interrupted before
        // midnight delivered nothing today and are left out.
        var sessions = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.StartedAt >= midnight || s.EndedAt >= midnight
                        || (s.EndedAt == null && (s.Status == SessionStatus.Active || s.InterruptedAt >= midnight)))
            .Select(s => new { s.TransactionId, s.Status, s.StartedAt, s.MeterStartWh, s.EnergyWh })
            .ToListAsync(cancellationToken);

        var carriedOver = sessions.Where(s => s.StartedAt < midnight).Select(s => (s.TransactionId, s.MeterStartWh)).ToList();
        var beforeMidnight = await MidnightRegisters.DeliveredBeforeAsync(db, carriedOver, midnight, cancellationToken);

        var tally = new SessionTally(midnight);
        foreach (var s in sessions)
        {
            var startedToday = s.StartedAt >= midnight;
            var before = startedToday ? 0 : beforeMidnight.GetValueOrDefault(s.TransactionId);
            tally.Add(s.TransactionId, s.Status, s.EnergyWh, before, startedToday);
        }

        return tally;
    }
}

using System.Diagnostics;
using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// Every Reports:RollupIntervalSeconds: recomputes today, the days since the last pass (the day that just ended), every
/// day marked dirty by late data, and the days a running session's new readings reach; then removes the marks it saw.
/// With no rollups yet, or rollups of another time zone, its first pass is a full rebuild.
/// </summary>
internal sealed class RollupWorker(
    RollupRebuilder rebuilder,
    FirstPassDelay firstPass,
    RollupDayBuilder builder,
    DatabaseWriter writer,
    IDbContextFactory<EvDashboardDbContext> contexts,
    SiteClock clock,
    IOptions<SiteOptions> site,
    IOptions<RollupOptions> options,
    RollupStatus status,
    LiveFeed feed,
    TimeProvider time,
    ILogger<RollupWorker> logger) : BackgroundService
{
    // The newest reading each running session had at the last pass: new readings reach back to the day of that one.
    private Dictionary<int, DateTimeOffset?> _running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await firstPass.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RollupIntervalSeconds), time);
        try
        {
            do
            {
                try
                {
                    await RunPassAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    RollupLog.PassFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: marks left are picked up by the next start.
        }
    }

    internal async Task RunPassAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var passStart = clock.UtcNow;
        var today = RollupCalendar.DateOf(passStart, clock.Zone);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.RollupStates.AsNoTracking().FirstOrDefaultAsync(s => s.Id == RollupState.SingletonId, cancellationToken);
        if (state is null || state.TimeZone != site.Value.TimeZone)
        {
            await RebuildAsync(state is null ? "no rollups yet" : $"they were built in {state.TimeZone}", cancellationToken);
            return;
        }

        var (days, running) = await PlanAsync(db, state, passStart, today, cancellationToken);
        long rows = 0;
        await using var connection = await builder.OpenAsync(cancellationToken);
        foreach (var day in days)
        {
            var result = await builder.ComputeAsync(connection, DateOnly.FromDayNumber(day), passStart, lookback: null, cancellationToken);
            await builder.WriteAsync(result, clearMarksUpTo: passStart, cancellationToken);
            rows += result.RowCount;
        }

        await writer.ExecuteAsync((scope, ct) => RecordPassAsync(scope, passStart, days.Min, today.DayNumber, ct), cancellationToken);
        _running = running;
        Published(passStart);
        RollupLog.PassFinished(logger, days.Count, rows, stopwatch.ElapsedMilliseconds);
    }

    /// <summary>The days this pass recomputes, and the running sessions' newest readings to remember for the next pass.</summary>
    private async Task<(SortedSet<int> Days, Dictionary<int, DateTimeOffset?> Running)> PlanAsync(
        EvDashboardDbContext db, RollupState state, DateTimeOffset passStart, DateOnly today, CancellationToken cancellationToken)
    {
        var dirty = await db.RollupDirtyDays.AsNoTracking().Where(d => d.MarkedAt <= passStart).Select(d => d.Day).ToListAsync(cancellationToken);
        var running = await db.ChargingSessions.AsNoTracking()
            .Where(s => s.EndedAt == null && s.Status == SessionStatus.Active)
            .Select(s => new { s.TransactionId, s.StartedAt, s.LastMeterAt })
            .ToListAsync(cancellationToken);
        var days = new SortedSet<int>(dirty.Where(d => d <= today.DayNumber));
        AddRange(days, Math.Min(state.LastDay ?? today.DayNumber, today.DayNumber), today.DayNumber);
        foreach (var session in running)
        {
            var seen = _running.TryGetValue(session.TransactionId, out var last);
            if (!seen || last != session.LastMeterAt)
            {
                var from = seen ? last ?? session.StartedAt : session.StartedAt;
                AddRange(days, RollupCalendar.DateOf(from, clock.Zone).DayNumber, today.DayNumber);
            }
        }

        return (days, running.ToDictionary(r => r.TransactionId, r => r.LastMeterAt));
    }

    private async Task RebuildAsync(string reason, CancellationToken cancellationToken)
    {
        RollupLog.RebuildStarting(logger, site.Value.TimeZone, reason);
        _running = [];
        var summary = await rebuilder.RebuildAsync(progress: null, cancellationToken);
        RollupLog.RebuildFinished(logger, summary.Days, summary.Rows, summary.Elapsed.TotalSeconds);
        Published(clock.UtcNow);
    }

    private void Published(DateTimeOffset builtAt)
    {
        status.Built(builtAt);
        feed.Publish(new RollupsUpdated(builtAt));
    }

    private static async Task RecordPassAsync(WriteScope scope, DateTimeOffset builtAt, int firstBuilt, int today, CancellationToken cancellationToken)
    {
        var state = await scope.Db.RollupStates.FindAsync([RollupState.SingletonId], cancellationToken);
        if (state is not null)
        {
            state.BuiltAt = builtAt;
            state.LastDay = today;
            state.FirstDay = Math.Min(state.FirstDay ?? firstBuilt, firstBuilt);
        }
    }

    private static void AddRange(SortedSet<int> days, int from, int to)
    {
        for (var day = from; day <= to; day++)
        {
            days.Add(day);
        }
    }
}

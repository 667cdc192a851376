using System.Diagnostics;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// Recomputes every day from the first day with data to today, in order, and records the zone and range it built. While a
/// day is written the next one is read and computed, so the single writer and the reader work side by side.
/// </summary>
public sealed class RollupRebuilder(RollupDayBuilder builder, DatabaseWriter writer, SiteClock clock, IOptions<SiteOptions> site, RollupStatus status)
{
    private static readonly string[] Tables = ["ConnectorDays", "ChargePointDays", "SiteHours", "RevenueDays", .. RollupMonths.Tables];

    public async Task<RollupRebuildSummary> RebuildAsync(IProgress<RollupProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var startedAt = clock.UtcNow;
        var today = RollupCalendar.DateOf(startedAt, clock.Zone);
        await using var connection = await builder.OpenAsync(cancellationToken);
        var first = await FirstDayAsync(connection, today, clock.Zone, cancellationToken);
        var lookback = await RollupDayBuilder.LongestSessionAsync(connection, cancellationToken);
        var zone = site.Value.TimeZone;
        await writer.ExecuteAsync((scope, ct) => ClearOutsideAsync(scope, zone, first, today, ct), cancellationToken);
        var total = today.DayNumber - first.DayNumber + 1;
        long rows = 0;
        try
        {
            var pending = Task.CompletedTask;
            for (var date = first; date <= today; date = date.AddDays(1))
            {
                var result = await builder.ComputeAsync(connection, date, startedAt, lookback, cancellationToken);
                await pending;
                pending = builder.WriteAsync(result, clearMarksUpTo: null, cancellationToken);
                rows += result.RowCount;
                var done = new RollupProgress(date.DayNumber - first.DayNumber + 1, total, rows, stopwatch.Elapsed);
                status.Rebuilding(done);
                progress?.Report(done);
            }

            await pending;
            await writer.ExecuteAsync((scope, ct) => FinishAsync(scope, zone, first, today, startedAt, ct), cancellationToken);
        }
        finally
        {
            status.RebuildEnded();
        }

        status.Built(startedAt);
        return new RollupRebuildSummary(first, today, total, rows, stopwatch.Elapsed);
    }

    /// <summary>The local date of the earliest session, status change, connection event or authorisation; today for an empty ledger.</summary>
    internal static async Task<DateOnly> FirstDayAsync(SqliteConnection connection, DateOnly today, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var first = await RollupDayBuilder.FirstDataAsync(connection, cancellationToken);
        if (first is not { } ticks)
        {
            return today;
        }

        var date = RollupCalendar.DateOf(new DateTimeOffset(ticks, TimeSpan.Zero), zone);
        return date < today ? date : today;
    }

    /// <summary>Rows in another zone are all wrong; otherwise only days outside the new range go (the rest are replaced day by day).</summary>
    private static async Task ClearOutsideAsync(WriteScope scope, string zone, DateOnly first, DateOnly today, CancellationToken cancellationToken)
    {
        var state = await scope.Db.RollupStates.AsNoTracking().FirstOrDefaultAsync(s => s.Id == RollupState.SingletonId, cancellationToken);
        var sameZone = state is not null && state.TimeZone == zone;
        foreach (var table in Tables)
        {
            await using var command = scope.CreateCommand(sameZone ? $"DELETE FROM {table} WHERE Day < $first OR Day > $last" : $"DELETE FROM {table}");
            command.Parameters.AddWithValue("$first", first.DayNumber);
            command.Parameters.AddWithValue("$last", today.DayNumber);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Marks set after the rebuild began may concern a day it had already passed: they stay for the worker.</summary>
    private static async Task FinishAsync(WriteScope scope, string zone, DateOnly first, DateOnly today, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var state = await scope.Db.RollupStates.FindAsync([RollupState.SingletonId], cancellationToken);
        if (state is null)
        {
            state = new RollupState(zone);
            scope.Db.RollupStates.Add(state);
        }

        state.TimeZone = zone;
        state.BuiltAt = startedAt;
        state.FirstDay = first.DayNumber;
        state.LastDay = today.DayNumber;
        await using var command = scope.CreateCommand("DELETE FROM RollupDirtyDays WHERE MarkedAt <= $at");
        command.Parameters.AddWithValue("$at", startedAt.UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Computes a site-local day's rollups from the raw ledger and replaces the stored ones in one unit of work.</summary>
public sealed class RollupDayBuilder(SqliteDatabase database, DatabaseWriter writer, SiteClock clock)
{
    internal TimeZoneInfo Zone => clock.Zone;

    /// <summary>Rebuilds <paramref name="date"/> (today: up to now); returns how many rows it wrote.</summary>
    public async Task<int> BuildAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var result = await ComputeAsync(connection, date, clock.UtcNow, lookback: null, cancellationToken);
        await WriteAsync(result, clearMarksUpTo: null, cancellationToken);
        return result.RowCount;
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    internal async Task<RollupDayResult> ComputeAsync(
        SqliteConnection connection, DateOnly date, DateTimeOffset now, TimeSpan? lookback, CancellationToken cancellationToken)
    {
        var window = RollupCalendar.Window(date, clock.Zone, now);
        var inputs = await RollupInputReader.ReadAsync(connection, window, lookback, cancellationToken);
        return RollupDayCalculator.Compute(window, inputs);
    }

    /// <param name="clearMarksUpTo">When set, the day's dirty mark is removed in the same unit if it is no newer than this.</param>
    internal Task WriteAsync(RollupDayResult result, DateTimeOffset? clearMarksUpTo, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            (scope, ct) =>
            {
                RollupStore.Replace(scope, result, ct);
                if (clearMarksUpTo is { } upTo)
                {
                    RollupStore.ClearDirty(scope, result.Day, upTo, ct);
                }

                return Task.CompletedTask;
            },
            cancellationToken);

    /// <summary>The longest completed session (one scan of the sessions): how far back a day's sessions can have started.</summary>
    internal static async Task<TimeSpan> LongestSessionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var ticks = await ScalarAsync(connection, "SELECT MAX(EndedAt - StartedAt) FROM ChargingSessions WHERE EndedAt IS NOT NULL", cancellationToken);
        return TimeSpan.FromTicks(Math.Max(0, ticks ?? 0));
    }

    /// <summary>The earliest instant any rollup input has, or null for an empty ledger.</summary>
    internal static Task<long?> FirstDataAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        ScalarAsync(connection,
            "SELECT MIN(t) FROM (SELECT MIN(StartedAt) AS t FROM ChargingSessions UNION ALL SELECT MIN(EndedAt) FROM ChargingSessions " +
            "UNION ALL SELECT MIN(At) FROM ConnectionEvents UNION ALL SELECT MIN(At) FROM AuthorizationRecords " +
            "UNION ALL SELECT MIN((SELECT MIN(s.Timestamp) FROM ConnectorStatusChanges s WHERE s.ChargePointId = c.ChargePointId AND s.ConnectorId = c.ConnectorId)) " +
            "FROM Connectors c WHERE c.ConnectorId >= 1)",
            cancellationToken);

    private static async Task<long?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Data;

/// <summary>
/// Keeps the WAL file bounded. Under a steady write load the passive checkpoints beside the writer
/// (<see cref="WalCheckpointer"/>) never catch up, SQLite never restarts the log, and it grew to 25 GB in a 10-minute
/// benchmark (and to 899 MiB in 23 s before a crash, all of which recovery then replays). So the writer itself, between
/// batches, checkpoints in full and truncates once the file passes Database:WalTruncateMegabytes: a short pause of the
/// writer instead of a log without bound. From another connection the same checkpoint rarely won the writer's lock.
/// </summary>
internal sealed class WalTruncation(string? walPath, long thresholdBytes)
{
    private const int ReaderWaitMilliseconds = 20;
    private static readonly long s_checkEvery = Stopwatch.Frequency / 4;
    private long _nextCheck;

    public static WalTruncation For(SqliteDatabase database, DatabaseOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        var inMemory = string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        return new WalTruncation(inMemory ? null : builder.DataSource + "-wal", options.WalTruncateMegabytes * 1024L * 1024);
    }

    /// <summary>Call with no transaction open; looks at the file's size at most four times a second.</summary>
    /// <returns>True when it truncated; false when the file is small enough, or readers kept it from finishing.</returns>
    public async Task<bool> AfterBatchAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var now = Stopwatch.GetTimestamp();
        if (walPath is null || now < _nextCheck)
        {
            return false;
        }

        _nextCheck = now + s_checkEvery;
        var wal = new FileInfo(walPath);
        if (!wal.Exists || wal.Length <= thresholdBytes)
        {
            return false;
        }

        // TRUNCATE waits (SQLite's busy handler) until no reader is on an older snapshot. Pages and workers read all the time,
        // and with the connection's 10 s busy timeout that wait held the writer, and every charger behind it, for up to a second
        // (seen in SteVe's mix). So it waits briefly; with readers still there, SQLite checkpoints what it can, leaves the log as
        // it is, and the next look (a quarter of a second later) tries again.
        await using var command = connection.CreateCommand();
        command.CommandText = FormattableString.Invariant($"PRAGMA busy_timeout={ReaderWaitMilliseconds}");
        await command.ExecuteNonQueryAsync(cancellationToken);
        try
        {
            // One row: busy (1 when readers kept it from finishing), frames in the log, frames checkpointed.
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await using var result = await command.ExecuteReaderAsync(cancellationToken);
            return await result.ReadAsync(cancellationToken) && result.GetInt64(0) == 0;
        }
        finally
        {
            command.CommandText = FormattableString.Invariant($"PRAGMA busy_timeout={SqliteDatabase.BusyTimeoutMilliseconds}");
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}

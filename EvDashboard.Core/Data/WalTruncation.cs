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
    private static readonly long s_checkEvery = Stopwatch.Frequency / 4;
    private long _nextCheck;

    public static WalTruncation For(SqliteDatabase database, DatabaseOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        var inMemory = string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        return new WalTruncation(inMemory ? null : builder.DataSource + "-wal", options.WalTruncateMegabytes * 1024L * 1024);
    }

    /// <summary>Call with no transaction open; looks at the file's size at most four times a second.</summary>
    /// <returns>True when it truncated.</returns>
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

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }
}

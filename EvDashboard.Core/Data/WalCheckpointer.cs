using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Data;

/// <summary>
/// Copies the WAL into the database file on its own connection, every Database:CheckpointIntervalMilliseconds.
/// SQLite's automatic checkpoint would run inside the writer's commit (page copies plus an fsync of the database
/// file), stalling every caller of that batch: measured, it tripled the MeterValues p99. A PASSIVE checkpoint runs
/// beside the writer and readers without blocking them; commits stay durable through the WAL's own fsync.
/// A passive checkpoint cannot finish while the writer keeps appending, so the log would only grow: once it holds more
/// than Database:WalTruncateMegabytes, a TRUNCATE checkpoint waits for a gap between the writer's batches, copies the
/// rest and empties the file (a short pause for writers, instead of a WAL without bound).
/// </summary>
internal sealed class WalCheckpointer(SqliteDatabase database, TimeProvider time, IOptions<DatabaseOptions> options, ILogger<WalCheckpointer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        await SqliteDatabase.ApplyPragmasAsync(connection, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.CheckpointIntervalMilliseconds), time);
        var pageBytes = await PageSizeAsync(connection, stoppingToken);
        var truncateFrames = options.Value.WalTruncateMegabytes * 1024L * 1024 / pageBytes;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var (frames, _) = await CheckpointAsync(connection, stoppingToken);
                if (frames > truncateFrames)
                {
                    await CheckpointAsync(connection, "TRUNCATE", stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the last connection to close checkpoints the rest.
        }
    }

    /// <returns>WAL frames in the log, and how many of them are now in the database file.</returns>
    internal Task<(long Frames, long Checkpointed)> CheckpointAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        CheckpointAsync(connection, "PASSIVE", cancellationToken);

    /// <param name="mode">PASSIVE (beside the writer) or TRUNCATE (waits for the writer, then empties the WAL file).</param>
    internal async Task<(long Frames, long Checkpointed)> CheckpointAsync(SqliteConnection connection, string mode, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = mode == "TRUNCATE" ? "PRAGMA wal_checkpoint(TRUNCATE)" : "PRAGMA wal_checkpoint(PASSIVE)";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (reader.GetInt64(1), reader.GetInt64(2));
        }
        catch (SqliteException ex)
        {
            // A failed checkpoint loses nothing (the WAL keeps every commit); the next tick tries again.
            DatabaseWriterLog.CheckpointFailed(logger, ex);
            return (0, 0);
        }
    }

    private static async Task<long> PageSizeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}

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
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckpointAsync(connection, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the last connection to close checkpoints the rest.
        }
    }

    /// <returns>WAL frames in the log, and how many of them are now in the database file.</returns>
    internal async Task<(long Frames, long Checkpointed)> CheckpointAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
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
}

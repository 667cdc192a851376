using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Data;

/// <summary>
/// The one database writer. It takes whatever units of work are queued (up to Database:MaxBatchSize),
/// runs them one after another in one transaction (one reused DbContext, flushed after each unit), commits once (one fsync), and
/// only then completes the callers. Batches grow by themselves under load: while one commits, the
/// next fills. If anything in a batch fails, the batch is rolled back and each of its units is run
/// again alone, so a bad unit fails only its own caller.
/// </summary>
internal sealed class DatabaseWriterLoop(
    DatabaseWriter queue,
    SqliteDatabase database,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseWriterLoop> logger) : BackgroundService
{
    /// <summary>A unit that holds the writer this long is logged.</summary>
    internal static readonly TimeSpan SlowUnit = TimeSpan.FromMilliseconds(250);

    private readonly List<WriteWorkItem> _batch = new(options.Value.MaxBatchSize);
    private readonly List<(WriteWorkItem Item, IReadOnlyList<Action> AfterCommit)> _done = new(options.Value.MaxBatchSize);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        await SqliteDatabase.ApplyPragmasAsync(connection, stoppingToken);
        await SqliteDatabase.ApplyWriterPragmasAsync(connection, stoppingToken);
        using var commands = new PreparedCommands(connection);
        var contextOptions = SqliteDatabase.ContextOptions(connection);
        var wal = WalTruncation.For(database, options.Value);

        // Shutdown lets queued work finish: the reader ends only when the queue is completed and empty.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            _batch.Clear();
            while (_batch.Count < options.Value.MaxBatchSize && queue.Reader.TryRead(out var item))
            {
                if (item.CancellationToken.IsCancellationRequested)
                {
                    item.Cancel();
                    continue;
                }

                _batch.Add(item);
            }

            if (_batch.Count > 0 && !await TryRunTogetherAsync(connection, commands, contextOptions))
            {
                await RunAloneAsync(connection, commands, contextOptions);
            }

            await TruncateWalAsync(wal, connection);
        }
    }

    private async Task TruncateWalAsync(WalTruncation wal, SqliteConnection connection)
    {
        try
        {
            await wal.AfterBatchAsync(connection, CancellationToken.None);
        }
        catch (SqliteException ex)
        {
            // Nothing is lost (every commit is in the WAL); the next look tries again.
            DatabaseWriterLog.CheckpointFailed(logger, ex);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    private async Task<bool> TryRunTogetherAsync(SqliteConnection connection, PreparedCommands commands, DbContextOptions<EvDashboardDbContext> contextOptions)
    {
        _done.Clear();
        try
        {
            await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
            {
                await using var db = await CreateContextAsync(contextOptions, transaction);
                foreach (var item in _batch)
                {
                    var started = Stopwatch.GetTimestamp();
                    var scope = new WriteScope(db, transaction, commands);
                    await item.RunAsync(scope);

                    // Flushed (not committed) after each unit, so the next unit's queries see its rows exactly as if
                    // they ran one after another; clearing keeps change detection proportional to one unit, not the batch.
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                    _done.Add((item, scope.AfterCommitActions));
                    NoteIfSlow(item, started);
                }

                await transaction.CommitAsync();
            }

            Settle();
            return true;
        }
        catch (Exception ex)
        {
            if (IsCallerCancellation(ex))
            {
                // A caller gave up (the host stopping, a charger gone): not a failure; the others run again without it.
                DatabaseWriterLog.BatchCancelled(logger, _batch.Count);
            }
            else
            {
                DatabaseWriterLog.BatchFailed(logger, _batch.Count, ex);
            }

            return false;
        }
    }

    /// <summary>The slow path after a failed batch: every unit in its own transaction, each failure its own caller's.</summary>
    private async Task RunAloneAsync(SqliteConnection connection, PreparedCommands commands, DbContextOptions<EvDashboardDbContext> contextOptions)
    {
        foreach (var item in _batch)
        {
            _done.Clear();
            try
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                await using var db = await CreateContextAsync(contextOptions, transaction);
                var scope = new WriteScope(db, transaction, commands);
                await item.RunAsync(scope);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                _done.Add((item, scope.AfterCommitActions));
            }
            catch (Exception ex) when (ex is OperationCanceledException && item.CancellationToken.IsCancellationRequested)
            {
                item.Cancel();
                continue;
            }
            catch (Exception ex)
            {
                DatabaseWriterLog.UnitFailed(logger, ex);
                item.Fail(ex);
                continue;
            }

            Settle();
        }
    }

    /// <summary>Every charger's message waits while one unit runs: a long one is named in the log.</summary>
    private void NoteIfSlow(WriteWorkItem item, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed >= SlowUnit)
        {
            DatabaseWriterLog.SlowUnit(logger, item.Origin, (long)elapsed.TotalMilliseconds);
        }
    }

    private bool IsCallerCancellation(Exception ex) =>
        ex is OperationCanceledException && _batch.Exists(item => item.CancellationToken.IsCancellationRequested);

    private static async Task<EvDashboardDbContext> CreateContextAsync(DbContextOptions<EvDashboardDbContext> contextOptions, SqliteTransaction transaction)
    {
        var db = new EvDashboardDbContext(contextOptions);
        db.Database.AutoSavepointsEnabled = false;
        await db.Database.UseTransactionAsync(transaction);
        return db;
    }

    private void Settle()
    {
        foreach (var (item, afterCommit) in _done)
        {
            item.Succeed();
            foreach (var action in afterCommit)
            {
                RunAfterCommit(action);
            }
        }
    }

    private void RunAfterCommit(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            DatabaseWriterLog.AfterCommitFailed(logger, ex);
        }
    }
}

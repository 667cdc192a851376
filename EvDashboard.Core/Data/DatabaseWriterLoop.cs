using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Data;

/// <summary>
/// The one database writer: takes whatever units of work are queued (up to Database:MaxBatchSize),
/// runs each in its own DbContext under a savepoint (a failing unit is rolled back alone), commits
/// once, and only then completes the callers. Batches grow by themselves under load: while one
/// commits, the next fills.
/// </summary>
internal sealed class DatabaseWriterLoop(
    DatabaseWriter queue,
    SqliteDatabase database,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseWriterLoop> logger) : BackgroundService
{
    private readonly List<WriteWorkItem> _batch = new(options.Value.MaxBatchSize);
    private readonly List<(WriteWorkItem Item, IReadOnlyList<Action> AfterCommit)> _done = new(options.Value.MaxBatchSize);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        await SqliteDatabase.ApplyPragmasAsync(connection, stoppingToken);
        var contextOptions = new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(connection).Options;

        // Shutdown lets queued work finish: the reader ends only when the queue is completed and empty.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            _batch.Clear();
            while (_batch.Count < options.Value.MaxBatchSize && queue.Reader.TryRead(out var item))
            {
                _batch.Add(item);
            }

            await RunBatchAsync(connection, contextOptions);
            if (stoppingToken.IsCancellationRequested && queue.Reader.Count == 0)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    private async Task RunBatchAsync(SqliteConnection connection, DbContextOptions<EvDashboardDbContext> contextOptions)
    {
        _done.Clear();
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            foreach (var item in _batch)
            {
                await RunItemAsync(item, connection, transaction, contextOptions);
            }

            await transaction.CommitAsync();
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
        {
            DatabaseWriterLog.BatchFailed(logger, _batch.Count, ex);
            foreach (var (item, _) in _done)
            {
                item.Fail(ex);
            }

            return;
        }

        foreach (var (item, afterCommit) in _done)
        {
            item.Succeed();
            foreach (var action in afterCommit)
            {
                RunAfterCommit(action);
            }
        }
    }

    private async Task RunItemAsync(WriteWorkItem item, SqliteConnection connection, SqliteTransaction transaction, DbContextOptions<EvDashboardDbContext> contextOptions)
    {
        if (item.CancellationToken.IsCancellationRequested)
        {
            item.Cancel();
            return;
        }

        const string savepoint = "unit";
        transaction.Save(savepoint);
        try
        {
            await using var db = new EvDashboardDbContext(contextOptions);
            db.Database.AutoSavepointsEnabled = false;
            await db.Database.UseTransactionAsync(transaction);
            var scope = new WriteScope(db, connection, transaction);
            await item.RunAsync(scope);
            await db.SaveChangesAsync();
            transaction.Release(savepoint);
            _done.Add((item, scope.AfterCommitActions));
        }
        catch (Exception ex)
        {
            // Only this unit is undone; the rest of the batch still commits.
            transaction.Rollback(savepoint);
            transaction.Release(savepoint);
            DatabaseWriterLog.UnitFailed(logger, ex);
            item.Fail(ex);
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

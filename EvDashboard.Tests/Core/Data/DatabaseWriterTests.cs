using System.Collections.Concurrent;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using static EvDashboard.Tests.Core.Data.WriterTestSupport;

namespace EvDashboard.Tests.Core.Data;

/// <summary>
/// The group-commit writer against a real SQLite file. Units are made to share a batch by holding the
/// writer on a gated unit while they are queued: the loop then takes them all in its next batch.
/// </summary>
public sealed class DatabaseWriterTests : IAsyncLifetime
{
    private LedgerDatabase _db = null!;

    public async Task InitializeAsync() => _db = await LedgerDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public enum Failure
    {
        Exception,
        ConstraintViolation,
        ExceptionAfterRawSql,
    }

    [Theory]
    [InlineData(Failure.Exception)]
    [InlineData(Failure.ConstraintViolation)]
    [InlineData(Failure.ExceptionAfterRawSql)]
    public async Task ExecuteAsync_OneUnitOfBatchFails_OnlyThatUnitRolledBack(Failure failure)
    {
        await _db.AddChargePointAsync("EXISTING", T0);
        var hold = await HoldWriterAsync(_db);
        var first = _db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-1"));
        var failing = _db.WriteAsync((scope, ct) => FailAsync(scope, failure, ct));
        var third = _db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-3"));

        hold.Release.SetResult();
        await Task.WhenAll(first, third).WaitAsync(UnitTimeout);
        var error = await Record.ExceptionAsync(() => failing.WaitAsync(UnitTimeout));

        Assert.NotNull(error);
        Assert.IsType(failure == Failure.ConstraintViolation ? typeof(DbUpdateException) : typeof(InvalidOperationException), error);
        Assert.Equal(["CP-1", "CP-3", "EXISTING"], await ChargePointIdsAsync());
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancelsDuringItsUnit_OthersCommitItsRowsDoNotAndNothingIsLoggedAsAFailure()
    {
        var logger = new RecordingLogger<DatabaseWriterLoop>();
        await using var db = await LedgerDatabase.CreateAsync(logger: logger);
        using var leaving = new CancellationTokenSource();
        var hold = await HoldWriterAsync(db);
        var first = db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-1"));
        var cancelled = db.Writer.ExecuteAsync(
            async (scope, ct) =>
            {
                await AddAsync(scope, null, "CP-GONE");
                await scope.Db.SaveChangesAsync(ct);
                await leaving.CancelAsync();
                ct.ThrowIfCancellationRequested();
            },
            leaving.Token);
        var third = db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-3"));

        hold.Release.SetResult();
        await Task.WhenAll(first, third).WaitAsync(UnitTimeout);
        var error = await Record.ExceptionAsync(() => cancelled.WaitAsync(UnitTimeout));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        await using var context = db.CreateContext();
        Assert.Equal(["CP-1", "CP-3"], await context.ChargePoints.Select(c => c.Id).OrderBy(id => id).ToListAsync());
        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task ExecuteAsync_UnitHoldsTheWriterLong_LoggedWithWhereItCameFrom()
    {
        var logger = new RecordingLogger<DatabaseWriterLoop>();
        await using var db = await LedgerDatabase.CreateAsync(logger: logger);

        await db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-QUICK"));
        var quick = logger.Entries.Count(e => e.Level == LogLevel.Warning);
        await db.WriteAsync(async (scope, ct) => await Task.Delay(DatabaseWriterLoop.SlowUnit + TimeSpan.FromMilliseconds(50), ct));

        var slow = Assert.Single(logger.Entries.Where(e => e.Level == LogLevel.Warning).Skip(quick));
        Assert.Contains($"from {typeof(DatabaseWriterTests).FullName} held the database writer", slow.Message, StringComparison.Ordinal);
    }

    /// <remarks>
    /// SQLite may answer SQLITE_FULL (and IOERR, BUSY, NOMEM) by rolling back the whole transaction itself.
    /// Every caller of that batch must still get an answer that matches what is stored; none may wait for
    /// ever (a charger's connection would hang behind it).
    /// </remarks>
    [Fact]
    public async Task ExecuteAsync_DiskFullRollsBackWholeTransaction_EveryCallerOfBatchAnswered()
    {
        var hold = await HoldWriterAsync(_db);
        var before = _db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-A"));
        var full = _db.WriteAsync(async (scope, ct) =>
        {
            // The file may not grow any more: the big insert below fails with SQLITE_FULL.
            await using var limit = scope.CreateCommand("PRAGMA max_page_count = 1");
            await limit.ExecuteNonQueryAsync(ct);
            await using var insert = scope.CreateCommand("INSERT INTO LedgerAnomalies (ChargePointId, Kind, Detail, At) VALUES ('CP-A', 'StopForUnknownTransaction', $detail, 0)");
            insert.Parameters.AddWithValue("$detail", new string('x', 500_000));
            await insert.ExecuteNonQueryAsync(ct);
        });
        var after = _db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-B"));

        hold.Release.SetResult();
        var answers = new Dictionary<string, Exception?>();
        foreach (var (id, unit) in new[] { ("CP-A", before), ("FULL", full), ("CP-B", after) })
        {
            answers[id] = await Record.ExceptionAsync(() => unit.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        Assert.All(answers, a => Assert.False(a.Value is TimeoutException, $"The caller of {a.Key} never got an answer."));
        Assert.Equal(13, Assert.IsType<SqliteException>(answers["FULL"]).SqliteErrorCode);
        var stored = await ChargePointIdsAsync();
        Assert.Equal(answers["CP-A"] is null, stored.Contains("CP-A"));
        Assert.Equal(answers["CP-B"] is null, stored.Contains("CP-B"));
    }

    [Fact]
    public async Task ExecuteAsync_UnitThrows_CallerGetsThatException()
    {
        var thrown = new InvalidOperationException("unit failed");

        var caught = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _db.WriteAsync<int>((_, _) => throw thrown).WaitAsync(UnitTimeout));

        Assert.Same(thrown, caught);
    }

    [Fact]
    public async Task ExecuteAsync_Work_ReturnsItsResult()
    {
        var result = await _db.WriteAsync(async (scope, ct) =>
        {
            scope.Db.ChargePoints.Add(new ChargePoint("CP-1", null, T0, registeredOnFirstConnect: false));
            await scope.Db.SaveChangesAsync(ct);
            return await scope.Db.ChargePoints.CountAsync(ct) + 41;
        }).WaitAsync(UnitTimeout);

        Assert.Equal(42, result);
    }

    [Fact]
    public async Task ExecuteAsync_LaterUnitOfBatchStillRunning_EarlierCallerWaitsForCommit()
    {
        var hold = await HoldWriterAsync(_db);
        var first = _db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-1"));
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseSecond = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = _db.WriteAsync(async (_, _) =>
        {
            secondStarted.SetResult();
            await releaseSecond.Task;
        });
        hold.Release.SetResult();
        await secondStarted.Task.WaitAsync(UnitTimeout);

        var completedBeforeCommit = first.IsCompleted;
        var visibleBeforeCommit = await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints");
        releaseSecond.SetResult();
        await Task.WhenAll(first, second).WaitAsync(UnitTimeout);

        Assert.False(completedBeforeCommit);
        Assert.Equal(0, visibleBeforeCommit);
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints"));
    }

    /// <remarks>
    /// WriteScope promises that the units of a batch "see each other's earlier changes, as if run one after
    /// another". A query (not only Find) must see them, or check-then-insert code (admission, duplicate status
    /// reports) decides on stale data. Fails while the writer saves a batch's EF changes only at its end (see report).
    /// </remarks>
    [Fact]
    public async Task ExecuteAsync_LaterUnitOfSameBatch_QuerySeesEarlierUnitsRows()
    {
        var hold = await HoldWriterAsync(_db);
        var add = _db.WriteAsync((scope, _) => AddAsync(scope, null, "CP-1"));
        var check = _db.WriteAsync((scope, ct) => scope.Db.ChargePoints.AnyAsync(c => c.Id == "CP-1", ct));

        hold.Release.SetResult();
        await add.WaitAsync(UnitTimeout);
        var seen = await check.WaitAsync(UnitTimeout);

        Assert.True(seen, "A unit queued after the one that added CP-1 did not find it.");
    }

    [Fact]
    public async Task ExecuteAsync_UnitRegistersAfterCommitAction_RunsOnceAfterItsRowIsCommitted()
    {
        long rowsSeenAfterCommit = -1;
        var runs = 0;

        await _db.WriteAsync((scope, _) =>
        {
            scope.Db.ChargePoints.Add(new ChargePoint("CP-1", null, T0, registeredOnFirstConnect: false));
            scope.AfterCommit(() =>
            {
                runs++;
                rowsSeenAfterCommit = CountOnNewConnection(_db.Database, "SELECT COUNT(*) FROM ChargePoints WHERE Id = 'CP-1'");
            });
            return Task.CompletedTask;
        }).WaitAsync(UnitTimeout);
        await _db.StopWriterAsync();

        Assert.Equal(1, runs);
        Assert.Equal(1, rowsSeenAfterCommit);
    }

    [Fact]
    public async Task ExecuteAsync_AfterCommitActions_RunOnlyForCommittedUnitsAndSeeTheirRows()
    {
        long rowsSeenAfterCommit = -1;
        var committedUnitActionRuns = 0;
        var failedUnitActionRan = false;
        var hold = await HoldWriterAsync(_db);
        var committed = _db.WriteAsync((scope, _) =>
        {
            scope.Db.ChargePoints.Add(new ChargePoint("CP-1", null, T0, registeredOnFirstConnect: false));
            scope.AfterCommit(() =>
            {
                committedUnitActionRuns++;
                rowsSeenAfterCommit = CountOnNewConnection(_db.Database, "SELECT COUNT(*) FROM ChargePoints WHERE Id = 'CP-1'");
            });
            return Task.CompletedTask;
        });
        var failed = _db.WriteAsync((scope, _) =>
        {
            scope.AfterCommit(() => failedUnitActionRan = true);
            throw new InvalidOperationException("rolled back");
        });

        hold.Release.SetResult();
        await committed.WaitAsync(UnitTimeout);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed.WaitAsync(UnitTimeout));
        await _db.StopWriterAsync();

        Assert.Equal(1, committedUnitActionRuns);
        Assert.Equal(1, rowsSeenAfterCommit);
        Assert.False(failedUnitActionRan);
    }

    private static async Task FailAsync(WriteScope scope, Failure failure, CancellationToken cancellationToken)
    {
        switch (failure)
        {
            case Failure.Exception:
                scope.Db.ChargePoints.Add(new ChargePoint("CP-2", null, T0, registeredOnFirstConnect: false));
                await scope.Db.SaveChangesAsync(cancellationToken);
                throw new InvalidOperationException("unit failed after saving");
            case Failure.ConstraintViolation:
                // The first row is inserted, the second hits the primary key: the savepoint must undo both.
                scope.Db.ChargePoints.Add(new ChargePoint("CP-2", null, T0, registeredOnFirstConnect: false));
                scope.Db.ChargePoints.Add(new ChargePoint("EXISTING", null, T0, registeredOnFirstConnect: false));
                return;
            case Failure.ExceptionAfterRawSql:
                await using (var command = scope.CreateCommand("INSERT INTO ChargePoints (Id, IsNew, CreatedAt) VALUES ('CP-2', 0, 0)"))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                throw new InvalidOperationException("unit failed after raw SQL");
        }
    }

    private async Task<List<string>> ChargePointIdsAsync()
    {
        await using var context = _db.CreateContext();
        return await context.ChargePoints.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
    }

    private static long CountOnNewConnection(SqliteDatabase database, string sql)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}

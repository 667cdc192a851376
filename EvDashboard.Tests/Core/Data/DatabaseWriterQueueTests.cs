using System.Collections.Concurrent;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static EvDashboard.Tests.Core.Data.WriterTestSupport;

namespace EvDashboard.Tests.Core.Data;

/// <summary>The writer's queue: cancellation before a unit runs, and volume beyond one batch.</summary>
public sealed class DatabaseWriterQueueTests : IAsyncLifetime
{
    private LedgerDatabase _db = null!;

    public async Task InitializeAsync() => _db = await LedgerDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_CancelledWhileQueued_TaskCanceledAndNothingStored()
    {
        var ran = false;
        using var cancellation = new CancellationTokenSource();
        var hold = await HoldWriterAsync(_db);
        var queued = _db.Writer.ExecuteAsync(
            (scope, _) =>
            {
                ran = true;
                scope.Db.ChargePoints.Add(new ChargePoint("CP-1", null, T0, registeredOnFirstConnect: false));
                return Task.CompletedTask;
            },
            cancellation.Token);

        await cancellation.CancelAsync();
        hold.Release.SetResult();

        await Assert.ThrowsAsync<TaskCanceledException>(() => queued.WaitAsync(UnitTimeout));
        await hold.Unit.WaitAsync(UnitTimeout);
        Assert.False(ran);
        Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints"));
    }

    [Fact]
    public async Task ExecuteAsync_AlreadyCancelledToken_CancelledAndNothingStored()
    {
        var ran = false;

        var error = await Record.ExceptionAsync(() => _db.Writer.ExecuteAsync(
            (scope, _) =>
            {
                ran = true;
                scope.Db.ChargePoints.Add(new ChargePoint("CP-1", null, T0, registeredOnFirstConnect: false));
                return Task.CompletedTask;
            },
            new CancellationToken(canceled: true)).WaitAsync(UnitTimeout));
        await _db.StopWriterAsync();

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.False(ran);
        Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints"));
    }

    [Fact]
    public async Task ExecuteAsync_TwoThousandConcurrentUnits_AllCommittedWithTheirResults()
    {
        const int units = 2_000;

        var results = await Task.WhenAll(Enumerable.Range(0, units).Select(i => Task.Run(() => _db.WriteAsync(async (scope, _) =>
        {
            await AddAsync(scope, null, $"CP-{i:D4}");
            return i;
        })))).WaitAsync(UnitTimeout);

        Assert.Equal(Enumerable.Range(0, units), results);
        Assert.Equal(units, await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints"));
    }

    [Fact]
    public async Task ExecuteAsync_QueuedUnitsBeyondMaxBatchSize_CommittedInFullBatches()
    {
        await using var db = await LedgerDatabase.CreateAsync(new DatabaseOptions { MaxBatchSize = 100 });
        var transactions = new ConcurrentBag<SqliteTransaction>();
        var hold = await HoldWriterAsync(db);
        var units = Enumerable.Range(0, 1_000).Select(i => db.WriteAsync((scope, _) => AddAsync(scope, transactions, $"CP-{i:D4}"))).ToList();

        hold.Release.SetResult();
        await Task.WhenAll(units).WaitAsync(UnitTimeout);

        Assert.Equal(10, transactions.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(1_000, await db.CountAsync("SELECT COUNT(*) FROM ChargePoints"));
    }

    /// <summary>Queues a unit that holds the writer until released; returns once the writer is inside it.</summary>
}

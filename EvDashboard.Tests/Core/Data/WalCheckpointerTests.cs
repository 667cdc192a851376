using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static EvDashboard.Tests.Core.Data.WriterTestSupport;

namespace EvDashboard.Tests.Core.Data;

/// <summary>Checkpoints happen beside the writer, never inside its commits.</summary>
public sealed class WalCheckpointerTests : IAsyncLifetime
{
    private LedgerDatabase _db = null!;

    public async Task InitializeAsync() => _db = await LedgerDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ApplyWriterPragmasAsync_WriterConnection_NeverCheckpointsOnCommit()
    {
        await using var connection = await OpenAsync();

        await SqliteDatabase.ApplyWriterPragmasAsync(connection, CancellationToken.None);

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CheckpointAsync_AfterWrites_EveryWalFrameCopiedIntoTheDatabase()
    {
        for (var i = 0; i < 20; i++)
        {
            await _db.AddChargePointAsync($"CP-{i}", T0);
        }

        var checkpointer = new WalCheckpointer(_db.Database, TimeProvider.System, Options.Create(new DatabaseOptions()), NullLogger<WalCheckpointer>.Instance);
        await using var connection = await OpenAsync();

        var (frames, checkpointed) = await checkpointer.CheckpointAsync(connection, CancellationToken.None);

        Assert.True(frames > 0, "The writes left nothing in the WAL to checkpoint.");
        Assert.Equal(frames, checkpointed);
    }

    [Fact]
    public async Task WalTruncation_PastItsThreshold_EmptiesTheWalFile()
    {
        for (var i = 0; i < 20; i++)
        {
            await _db.AddChargePointAsync($"CP-{i}", T0);
        }

        var walFile = new FileInfo(new SqliteConnectionStringBuilder(_db.Database.ConnectionString).DataSource + "-wal");
        var truncation = WalTruncation.For(_db.Database, new DatabaseOptions { WalTruncateMegabytes = 1024 });
        var small = new WalTruncation(walFile.FullName, thresholdBytes: 0);
        await using var connection = await OpenAsync();
        Assert.True(walFile.Length > 0, "The writes left nothing in the WAL.");
        Assert.False(await truncation.AfterBatchAsync(connection, CancellationToken.None), "A WAL under 1 GiB was truncated.");

        Assert.True(await small.AfterBatchAsync(connection, CancellationToken.None));

        walFile.Refresh();
        Assert.Equal(0, walFile.Length);
    }

    [Theory]
    [InlineData(20, 250)]
    [InlineData(40, 250)]
    [InlineData(80, 320)]
    [InlineData(1_000, 4_000)]
    public void WalTruncation_PauseAfterDefeat_AtLeastFourTimesTheWait(int waitMilliseconds, int pauseMilliseconds)
    {
        var pause = WalTruncation.PauseAfterDefeat(waitMilliseconds);

        Assert.Equal(TimeSpan.FromMilliseconds(pauseMilliseconds), pause);
    }

    [Fact]
    public async Task WalTruncation_ReaderOnAnOlderSnapshot_GivesUpSoonWaitsLongerNextTimeAndTruncatesOnceItIsGone()
    {
        await _db.AddChargePointAsync("CP-OLD", T0);
        await using var reader = await OpenAsync();
        // Deferred: a read transaction (BEGIN, not BEGIN IMMEDIATE), whose snapshot starts with the SELECT.
        await using var snapshot = reader.BeginTransaction(deferred: true);
        await using (var read = reader.CreateCommand())
        {
            read.Transaction = snapshot;
            read.CommandText = "SELECT COUNT(*) FROM ChargePoints";
            Assert.Equal(1L, await read.ExecuteScalarAsync());
        }

        await _db.AddChargePointAsync("CP-NEW", T0);
        var walFile = new FileInfo(new SqliteConnectionStringBuilder(_db.Database.ConnectionString).DataSource + "-wal");
        await using var writer = await OpenAsync();
        await using (var pragmas = writer.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA busy_timeout=10000";
            await pragmas.ExecuteNonQueryAsync();
        }

        var truncation = new WalTruncation(walFile.FullName, thresholdBytes: 0);
        var firstWait = truncation.ReaderWaitMilliseconds;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var whileReading = await truncation.AfterBatchAsync(writer, CancellationToken.None);
        watch.Stop();
        var nextWait = truncation.ReaderWaitMilliseconds;
        await snapshot.RollbackAsync();
        // Looks at the file at most four times a second.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var afterwards = await truncation.AfterBatchAsync(writer, CancellationToken.None);

        // With the connection's own 10 s busy timeout, the checkpoint would have waited for the reader that long.
        Assert.False(whileReading);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The truncation waited {watch.Elapsed} for the reader.");
        Assert.Equal((20, 40), (firstWait, nextWait));
        Assert.True(afterwards);
        Assert.Equal(20, truncation.ReaderWaitMilliseconds);
        walFile.Refresh();
        Assert.Equal(0, walFile.Length);
        await using var timeout = writer.CreateCommand();
        timeout.CommandText = "PRAGMA busy_timeout";
        Assert.Equal(10_000L, await timeout.ExecuteScalarAsync());
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_db.Database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace EvDashboard.Core.Data;

/// <summary>
/// Keeps the WAL file bounded. Under a steady write load the passive checkpoints beside the writer
/// (<see cref="WalCheckpointer"/>) never catch up, SQLite never restarts the log, and it grew to 25 GB in a 10-minute
/// benchmark (and to 899 MiB in 23 s before a crash, all of which recovery then replays). So the writer itself, between
/// batches, checkpoints in full and truncates once the file passes Database:WalTruncateMegabytes: a short pause of the
/// writer instead of a log without bound. From another connection the same checkpoint rarely won the writer's lock.
/// Owned by the writer loop (not thread-safe).
/// </summary>
internal sealed class WalTruncation(string? walPath, long thresholdBytes)
{
    private const int FirstReaderWaitMilliseconds = 20;
    private const int MaxReaderWaitMilliseconds = 1_000;
    private const int HardLimitFactor = 4;
    private const int CheckEveryMilliseconds = 250;
    private static readonly long s_checkEvery = Stopwatch.Frequency * CheckEveryMilliseconds / 1000;
    private long _nextCheck;
    private int _readerWait = FirstReaderWaitMilliseconds;

    /// <summary>How long the next truncation waits for readers.</summary>
    internal int ReaderWaitMilliseconds => _readerWait;

    public static WalTruncation For(SqliteDatabase database, DatabaseOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        var inMemory = string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        return new WalTruncation(inMemory ? null : builder.DataSource + "-wal", options.WalTruncateMegabytes * 1024L * 1024);
    }

    /// <summary>
    /// After readers defeated a try that waited <paramref name="waitMilliseconds"/>, the writer writes for at least four
    /// times as long before the next: at most a fifth of its time goes to waiting on readers. With a look every 250 ms
    /// whatever the wait, a 1 s wait stalled the writer four fifths of the time and halved a 10-minute MeterValues run.
    /// The pause ends at <see cref="HardLimitFactor"/> times the threshold: with it at any size the WAL reached 4.2 GB.
    /// </summary>
    internal static TimeSpan PauseAfterDefeat(int waitMilliseconds) =>
        TimeSpan.FromMilliseconds(Math.Max(CheckEveryMilliseconds, 4 * waitMilliseconds));

    /// <summary>Call with no transaction open; looks at the file's size at most four times a second.</summary>
    /// <returns>True when it truncated; false when the file is small enough, or readers kept it from finishing (the next try waits longer).</returns>
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

        // TRUNCATE waits (SQLite's busy handler, while holding the write lock) until no reader is on an older snapshot. With the
        // connection's 10 s busy timeout that held the writer, and every charger behind it, for a second at a time under load.
        // So the wait starts short (20 ms) and doubles after each attempt that readers defeated, up to a second, and starts
        // short again after a success: mostly a pause of a few milliseconds, and still a bounded log when long reads keep
        // coming (with a fixed 20 ms, a 10-minute MeterValues run let the WAL grow to 6.7 GB).
        var wait = _readerWait;
        await using var command = connection.CreateCommand();
        command.CommandText = FormattableString.Invariant($"PRAGMA busy_timeout={wait}");
        await command.ExecuteNonQueryAsync(cancellationToken);
        try
        {
            // One row: busy (1 when readers kept it from finishing), frames in the log, frames checkpointed.
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await using var result = await command.ExecuteReaderAsync(cancellationToken);
            var truncated = await result.ReadAsync(cancellationToken) && result.GetInt64(0) == 0;
            _readerWait = truncated ? FirstReaderWaitMilliseconds : Math.Min(wait * 2, MaxReaderWaitMilliseconds);
            if (!truncated && wal.Length < HardLimitFactor * thresholdBytes)
            {
                _nextCheck = Stopwatch.GetTimestamp() + Stopwatch.Frequency * PauseAfterDefeat(wait).Ticks / TimeSpan.TicksPerSecond;
            }

            return truncated;
        }
        finally
        {
            command.CommandText = FormattableString.Invariant($"PRAGMA busy_timeout={SqliteDatabase.BusyTimeoutMilliseconds}");
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}

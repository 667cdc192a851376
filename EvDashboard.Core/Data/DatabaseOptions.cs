using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Data;

public sealed class DatabaseOptions
{
    /// <summary>Write batches never grow beyond this many units of work (bounds a batch's latency).</summary>
    [Range(1, 10_000, ErrorMessage = "Database:MaxBatchSize must be between 1 and 10000.")]
    public int MaxBatchSize { get; set; } = 512;

    /// <summary>The writer queue's capacity; callers wait when it is full (back-pressure instead of memory growth).</summary>
    [Range(16, 1_000_000, ErrorMessage = "Database:QueueCapacity must be between 16 and 1000000.")]
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>How often the WAL is copied into the database file, beside the writer (not inside its commits).</summary>
    [Range(10, 60_000, ErrorMessage = "Database:CheckpointIntervalMilliseconds must be between 10 and 60000.")]
    public int CheckpointIntervalMilliseconds { get; set; } = 1_000;

    /// <summary>
    /// Past this size the WAL is checkpointed in full and truncated. Under a steady write load a passive checkpoint never
    /// catches up with the writer, SQLite never restarts the log, and it grew to 25 GB in a 10-minute benchmark.
    /// </summary>
    [Range(1, 65_536, ErrorMessage = "Database:WalTruncateMegabytes must be between 1 and 65536.")]
    public int WalTruncateMegabytes { get; set; } = 64;

    /// <summary>
    /// After the host has started, background workers wait this long before their first pass (receipts, alerts, session
    /// healing, rollups, power history, alert delivery), so a restart on a big database answers first. 0: at once.
    /// </summary>
    [Range(0, 600, ErrorMessage = "Database:FirstPassDelaySeconds must be between 0 and 600.")]
    public int FirstPassDelaySeconds { get; set; } = 5;
}

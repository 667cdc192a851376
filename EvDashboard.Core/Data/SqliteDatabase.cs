using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Data;

/// <summary>Where the database is and how connections to it are set up.</summary>
public sealed class SqliteDatabase(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>The folder of the database file; null for an in-memory database.</summary>
    public string? DataDirectory
    {
        get
        {
            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            return string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
                ? null
                : Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        }
    }

    /// <summary>The data folder is created if missing, so a fresh clone starts with no set-up.</summary>
    public static SqliteDatabase FromConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        builder.ForeignKeys = true;
        builder.Pooling = true;
        return new SqliteDatabase(builder.ToString());
    }

    /// <summary>The app's contexts use the compiled model (Data/CompiledModel): no model is built at start-up.</summary>
    public void Configure(DbContextOptionsBuilder options) => options.UseModel(CompiledModel.EvDashboardDbContextModel.Instance).UseSqlite(ConnectionString);

    /// <summary>Options for contexts on a connection the caller holds open (the writer's, the seeder's), on the compiled model too.</summary>
    internal static DbContextOptions<EvDashboardDbContext> ContextOptions(SqliteConnection connection) =>
        new DbContextOptionsBuilder<EvDashboardDbContext>().UseModel(CompiledModel.EvDashboardDbContextModel.Instance).UseSqlite(connection).Options;

    /// <summary>How long a connection waits for a lock before SQLite answers "busy".</summary>
    internal const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>
    /// WAL lets readers (pages, API) run beside the single writer; synchronous=FULL makes every commit
    /// durable (fsync of the WAL), which is what acknowledging a charger's message promises.
    /// </summary>
    public static async Task ApplyPragmasAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA foreign_keys=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The writer keeps hot index pages in memory (64 MiB) so inserts into the sample indexes rarely read from disk,
    /// and never checkpoints inside a commit: <see cref="WalCheckpointer"/> does that on its own connection.
    /// </summary>
    internal static async Task ApplyWriterPragmasAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=0;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

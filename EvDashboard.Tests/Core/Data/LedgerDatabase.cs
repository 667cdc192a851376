using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Data;

/// <summary>
/// A migrated SQLite file in its own temp folder with the real group-commit writer running on it:
/// ledger code runs exactly as in the app, and tests read the rows back through separate connections.
/// </summary>
internal sealed class LedgerDatabase : IAsyncDisposable
{
    private readonly string _directory;
    private readonly DatabaseWriterLoop _loop;
    private bool _writerStopped;

    private LedgerDatabase(string directory, SqliteDatabase database, DatabaseWriter writer, DatabaseWriterLoop loop)
    {
        _directory = directory;
        Database = database;
        Writer = writer;
        _loop = loop;
    }

    public SqliteDatabase Database { get; }

    public DatabaseWriter Writer { get; }

    public static async Task<LedgerDatabase> CreateAsync(DatabaseOptions? options = null, ILogger<DatabaseWriterLoop>? logger = null)
    {
        var directory = Directory.CreateTempSubdirectory("evdashboard-ledger-").FullName;
        var database = SqliteDatabase.FromConnectionString("Data Source=ledger.db", directory);
        await using (var context = CreateContext(database))
        {
            await context.Database.MigrateAsync();
        }

        var wrapped = Options.Create(options ?? new DatabaseOptions());
        var writer = new DatabaseWriter(wrapped);
        var loop = new DatabaseWriterLoop(writer, database, wrapped, logger ?? NullLogger<DatabaseWriterLoop>.Instance);
        await loop.StartAsync(CancellationToken.None);
        return new LedgerDatabase(directory, database, writer, loop);
    }

    /// <summary>A context of its own (not the writer's): what it reads has been committed.</summary>
    public EvDashboardDbContext CreateContext() => CreateContext(Database);

    public Task<T> WriteAsync<T>(Func<WriteScope, CancellationToken, Task<T>> work) => Writer.ExecuteAsync(work, CancellationToken.None);

    public Task WriteAsync(Func<WriteScope, CancellationToken, Task> work) => Writer.ExecuteAsync(work, CancellationToken.None);

    public Task AddChargePointAsync(string id, DateTimeOffset at) =>
        WriteAsync((scope, _) =>
        {
            scope.Db.ChargePoints.Add(new ChargePoint(id, name: null, at, registeredOnFirstConnect: false));
            return Task.CompletedTask;
        });

    /// <summary>Runs a scalar query on a fresh connection, outside the writer.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Completes the queue and waits until every queued unit has run and its batch committed.</summary>
    public async Task StopWriterAsync()
    {
        if (!_writerStopped)
        {
            _writerStopped = true;
            await _loop.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopWriterAsync();
        _loop.Dispose();
        using (var connection = new SqliteConnection(Database.ConnectionString))
        {
            // Only this database's pool: other test classes run in parallel with theirs.
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static EvDashboardDbContext CreateContext(SqliteDatabase database) =>
        new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(database.ConnectionString).Options);
}

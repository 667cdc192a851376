using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Core.Data;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations and switches the file to WAL; runs before the app accepts connections.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await SqliteDatabase.ApplyPragmasAsync(connection, cancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA journal_mode;";
        if (await check.ExecuteScalarAsync(cancellationToken) is not string mode || !string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            // Without WAL every reader blocks the writer; another process holding the file open can prevent the switch.
            throw new InvalidOperationException(
                "The database could not be switched to WAL journal mode (is another program holding the file open?). " +
                "Close it and start again; ConnectionStrings:EvDashboard names the file.");
        }
    }
}

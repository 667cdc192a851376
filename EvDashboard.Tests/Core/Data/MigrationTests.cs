using EvDashboard.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Core.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("evdashboard-migrations-").FullName;

    private string DatabasePath => Path.Combine(_directory, "migrations.db");

    // Not pooled: an idle pooled connection keeps the file open and a journal mode switch then fails.
    private string UnpooledConnectionString => $"Data Source={DatabasePath};Pooling=False";

    public void Dispose()
    {
        using (var connection = new SqliteConnection(SqliteDatabase.FromConnectionString($"Data Source={DatabasePath}", _directory).ConnectionString))
        {
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

    [Theory]
    [InlineData("ChargePoints")]
    [InlineData("Connectors")]
    [InlineData("ConnectorStatusChanges")]
    [InlineData("ChargingSessions")]
    [InlineData("MeterSamples")]
    [InlineData("IdTags")]
    [InlineData("AuthorizationRecords")]
    [InlineData("LedgerAnomalies")]
    [InlineData("CommandRecords")]
    [InlineData("DataTransferMessages")]
    public async Task MigrateAsync_EmptyDatabase_CreatesTable(string table)
    {
        await using var context = CreateContext();

        await context.Database.MigrateAsync();

        Assert.Equal(1, await ScalarAsync($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));
    }

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_LeavesNoPendingMigration()
    {
        await using var context = CreateContext();

        await context.Database.MigrateAsync();

        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public void Model_ComparedWithLastMigrationSnapshot_HasNoChangesWithoutMigration()
    {
        using var context = CreateContext();
        var snapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        Assert.NotNull(snapshot);
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        snapshot = context.GetService<IModelRuntimeInitializer>().Initialize(snapshot);

        var differs = context.GetService<IMigrationsModelDiffer>().HasDifferences(
            snapshot.GetRelationalModel(),
            context.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        Assert.False(
            differs,
            "The EF Core model has changes that no migration captures. Add one: "
            + "dotnet ef migrations add <Name> --project EvDashboard.Core --startup-project EvDashboard --output-dir Data/Migrations");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MigrateDatabaseAsync_FileInRollbackJournalMode_SwitchedToWriteAheadLog(bool alreadyMigrated)
    {
        // EF Core turns on WAL only when it creates the file; an existing file must be switched by the migrator.
        if (alreadyMigrated)
        {
            await using var context = CreateContext();
            await context.Database.MigrateAsync();
        }

        Assert.Equal("delete", await ScalarAsync("PRAGMA journal_mode = DELETE"));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddEvDashboardData($"Data Source={DatabasePath}", _directory)
            .BuildServiceProvider();

        await using (services)
        {
            await services.MigrateDatabaseAsync();
        }

        await using var migrated = CreateContext();
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task MigrateAsync_SampleKeyByTime_KeepsSamplesAndStillRefusesDuplicates()
    {
        await using var context = CreateContext();
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync("20261121093109_DashboardIndexes");
        await ScalarAsync("INSERT INTO ChargePoints (Id, IsNew, CreatedAt) VALUES ('CP-1', 0, 0)");
        await ScalarAsync(InsertSample(1_000) + "; " + InsertSample(2_000));

        await migrator.MigrateAsync();

        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM MeterSamples"));
        await ScalarAsync(InsertSample(1_000).Replace("INSERT", "INSERT OR IGNORE", StringComparison.Ordinal));
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM MeterSamples"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'IX_MeterSamples_Timestamp_Measurand'"));
    }

    private static string InsertSample(long ticks) =>
        "INSERT INTO MeterSamples (ChargePointId, ConnectorId, Timestamp, Measurand, Phase, Location, Context, Unit, Format, RawValue) "
        + $"VALUES ('CP-1', 1, {ticks}, 'Energy.Active.Import.Register', '', 'Outlet', 'Sample.Periodic', 'Wh', 'Raw', '1')";

    private EvDashboardDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite(UnpooledConnectionString).Options);

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(UnpooledConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is long count ? (int)count : value;
    }
}
